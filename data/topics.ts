/**
 * The curated topic list: every treaty, agreement, institution, mechanism, named
 * policy and meeting in the statement (specific), and its general themes.
 *
 * - `zh`: simplified forms exactly as the statement writes them (a unit test checks
 *   each occurs); the first names the topic. Paragraph numbers are derived from
 *   these at build time, never listed by hand.
 * - `abbr`: simplified short forms used by news but not by the statement.
 * - `variants`: traditional regional wording a converter would not produce.
 * - `en`: as English-language news writes it; all-capital acronyms match only in capitals.
 * Traditional forms are generated at build time (data/build/index.ts).
 */
import type { TopicSource } from '../core/types';

export const topics: TopicSource[] = [
  // Preamble: framework of the relationship
  {
    id: 'three-communiques',
    kind: 'specific',
    zh: ['中美三个联合公报', '三个联合公报'],
    abbr: ['三个公报', '中美三个公报'],
    en: ['three joint communiqués', 'three joint communiques', 'three communiqués', 'three communiques'],
  },
  {
    id: 'taiwan-question',
    kind: 'specific',
    zh: ['台湾问题'],
    en: ['Taiwan question', 'Taiwan issue', 'question of Taiwan'],
  },
  {
    id: 'one-china-policy',
    kind: 'specific',
    zh: ['一个中国的政策'],
    abbr: ['一个中国政策', '一中政策'],
    en: ['one-China policy', 'one China policy'],
  },
  {
    id: 'constructive-strategic-partnership',
    kind: 'specific',
    zh: ['中美建设性战略伙伴关系', '建设性战略伙伴关系'],
    en: ['constructive strategic partnership'],
  },
  {
    id: 'state-visit',
    kind: 'general',
    zh: ['国事访问'],
    en: ['state visit'],
  },
  {
    id: 'china-us-relations',
    kind: 'general',
    zh: ['中美关系'],
    abbr: ['美中关系'],
    variants: ['中美關係', '美中關係'],
    en: [
      'China-U.S. relations',
      'U.S.-China relations',
      'Sino-U.S. relations',
      'Sino-American relations',
      'US-China relations',
      'China-US relations',
    ],
  },
  {
    id: 'human-rights',
    kind: 'general',
    zh: ['人权'],
    en: ['human rights'],
  },
  {
    id: 'wmd',
    kind: 'general',
    zh: ['大规模杀伤性武器'],
    variants: ['大規模毀滅性武器'],
    en: ['weapons of mass destruction', 'WMD'],
  },
  {
    id: 'asia-pacific-cooperation',
    kind: 'general',
    zh: ['亚太区域合作', '亚太地区'],
    en: ['Asia-Pacific', 'Asia Pacific'],
  },
  {
    id: 'drug-trafficking',
    kind: 'general',
    zh: ['贩毒', '毒品走私'],
    en: ['drug trafficking', 'narcotics trafficking', 'drug smuggling'],
  },
  {
    id: 'organized-crime',
    kind: 'general',
    zh: ['国际有组织犯罪', '有组织犯罪'],
    en: ['international organized crime', 'organized crime', 'organised crime'],
  },
  {
    id: 'terrorism',
    kind: 'general',
    zh: ['恐怖主义'],
    en: ['terrorism'],
  },
  {
    id: 'military-exchanges',
    kind: 'general',
    zh: ['两军关系', '两国军队往来'],
    abbr: ['军事交流'],
    en: ['military-to-military relations', 'military-to-military exchanges', 'military exchanges', 'military ties'],
  },

  // The United Nations
  {
    id: 'united-nations',
    kind: 'general',
    zh: ['联合国'],
    en: ['United Nations', 'U.N.', 'UN'],
  },
  {
    id: 'un-security-council',
    kind: 'general',
    zh: ['联合国安理会', '安理会'],
    abbr: ['联合国安全理事会', '安全理事会'],
    en: ['UN Security Council', 'U.N. Security Council', 'United Nations Security Council', 'Security Council', 'UNSC'],
  },
  {
    id: 'permanent-members',
    kind: 'general',
    zh: ['常任理事国'],
    en: ['permanent member', 'permanent members', 'P5'],
  },
  {
    id: 'un-charter',
    kind: 'specific',
    zh: ['联合国宪章'],
    en: ['UN Charter', 'U.N. Charter', 'United Nations Charter', 'Charter of the United Nations'],
  },
  {
    id: 'un-reform',
    kind: 'general',
    zh: ['对联合国进行改革'],
    abbr: ['联合国改革'],
    en: ['UN reform', 'U.N. reform', 'reform of the United Nations'],
  },
  {
    id: 'peacekeeping',
    kind: 'general',
    zh: ['维持和平'],
    abbr: ['维和'],
    en: ['peacekeeping', 'peace-keeping'],
  },
  {
    id: 'un-assessments',
    kind: 'specific',
    zh: ['会费比额'],
    abbr: ['会费分摊比例', '联合国会费'],
    en: ['scale of assessments', 'UN dues', 'U.N. dues'],
  },

  // Regions
  {
    id: 'korean-peninsula',
    kind: 'general',
    zh: ['朝鲜半岛'],
    variants: ['韓半島'],
    en: ['Korean Peninsula'],
  },
  {
    id: 'four-party-talks',
    kind: 'specific',
    zh: ['四方会谈'],
    en: ['four-party talks', 'four party talks', 'Four-Party Talks'],
  },
  {
    id: 'middle-east',
    kind: 'general',
    zh: ['中东'],
    en: ['Middle East'],
  },
  {
    id: 'persian-gulf',
    kind: 'general',
    zh: ['海湾'],
    abbr: ['波斯湾', '海湾地区'],
    en: ['Persian Gulf', 'Gulf region'],
  },
  {
    id: 'south-asia',
    kind: 'general',
    zh: ['南亚'],
    en: ['South Asia'],
  },

  // High-level dialogue and consultations
  {
    id: 'high-level-dialogue',
    kind: 'general',
    zh: ['高层对话'],
    en: ['high-level dialogue'],
  },
  {
    id: 'regular-summits',
    kind: 'specific',
    zh: ['两国元首定期访问对方首都', '元首定期访问'],
    abbr: ['元首互访'],
    en: ['regular summits', 'regular presidential visits', 'exchange of state visits'],
  },
  {
    id: 'presidential-hotline',
    kind: 'specific',
    zh: ['元首间通讯联络'],
    abbr: ['元首热线', '中美热线'],
    variants: ['元首熱線'],
    en: ['presidential hotline', 'Beijing-Washington hotline', 'Washington-Beijing hotline'],
  },
  {
    id: 'cabinet-exchanges',
    kind: 'specific',
    zh: ['内阁和次内阁级别官员定期互访', '次内阁级别'],
    en: ['cabinet and sub-cabinet', 'sub-cabinet', 'cabinet-level exchanges'],
  },
  {
    id: 'arms-control',
    kind: 'general',
    zh: ['军控'],
    abbr: ['军备控制'],
    en: ['arms control'],
  },

  // Energy and environment
  {
    id: 'environment-forum',
    kind: 'specific',
    zh: ['中美环境与发展讨论会', '环境与发展讨论会'],
    en: ['Forum on Environment and Development', 'Environment and Development Forum'],
  },
  {
    id: 'energy-environment-initiative',
    kind: 'specific',
    zh: ['中美能源和环境合作倡议书', '能源和环境合作倡议书'],
    en: ['Energy and Environment Cooperation Initiative', 'Initiative on Energy and Environment Cooperation'],
  },
  {
    id: 'clean-energy',
    kind: 'general',
    zh: ['清洁能源'],
    en: ['clean energy'],
  },
  {
    id: 'urban-air-pollution',
    kind: 'general',
    zh: ['城市空气污染', '空气污染'],
    en: ['urban air pollution', 'air pollution'],
  },
  {
    id: 'rural-electrification',
    kind: 'general',
    zh: ['农村电气化'],
    en: ['rural electrification'],
  },
  {
    id: 'climate-change',
    kind: 'general',
    zh: ['气候变化'],
    variants: ['氣候變遷'],
    en: ['climate change'],
  },
  {
    id: 'desertification',
    kind: 'general',
    zh: ['沙漠化'],
    abbr: ['荒漠化'],
    en: ['desertification'],
  },
  {
    id: 'biodiversity',
    kind: 'general',
    zh: ['生物多样性'],
    en: ['biodiversity', 'biological diversity'],
  },
  {
    id: 'technology-transfer',
    kind: 'general',
    zh: ['转让相关技术'],
    abbr: ['技术转让'],
    en: ['technology transfer', 'transfer of technology'],
  },
  {
    id: 'state-planning-commission',
    kind: 'specific',
    zh: ['中国国家计划委员会', '国家计划委员会'],
    abbr: ['国家计委'],
    en: ['State Planning Commission'],
  },
  {
    id: 'us-department-of-energy',
    kind: 'general',
    zh: ['美国能源部'],
    en: ['Department of Energy', 'Energy Department'],
  },

  // Economic and trade relations
  {
    id: 'information-technology-agreement',
    kind: 'specific',
    zh: ['信息技术协议'],
    variants: ['資訊科技協定', '資訊技術協定'],
    en: ['Information Technology Agreement', 'ITA'],
  },
  {
    id: 'wto',
    kind: 'specific',
    zh: ['世界贸易组织'],
    abbr: ['世贸组织', '世贸'],
    en: ['World Trade Organization', 'World Trade Organisation', 'WTO'],
  },
  {
    id: 'tariffs',
    kind: 'general',
    zh: ['关税'],
    en: ['tariffs', 'tariff'],
  },
  {
    id: 'non-tariff-measures',
    kind: 'general',
    zh: ['非关税措施'],
    abbr: ['非关税壁垒'],
    en: ['non-tariff measures', 'non-tariff barriers'],
  },
  {
    id: 'market-access',
    kind: 'general',
    zh: ['市场准入'],
    en: ['market access'],
  },
  {
    id: 'multilateral-trading-system',
    kind: 'general',
    zh: ['多边贸易体制'],
    abbr: ['多边贸易体系'],
    en: ['multilateral trading system'],
  },
  {
    id: 'information-technology',
    kind: 'general',
    zh: ['信息技术'],
    en: ['information technology'],
  },

  // Peaceful nuclear cooperation
  {
    id: 'peaceful-nuclear-cooperation',
    kind: 'specific',
    zh: ['和平核合作'],
    en: ['peaceful nuclear cooperation', 'civil nuclear cooperation'],
  },
  {
    id: 'peaceful-uses-of-nuclear-energy',
    kind: 'general',
    zh: ['和平利用核能'],
    en: ['peaceful uses of nuclear energy', 'peaceful use of nuclear energy'],
  },
  {
    id: 'nuclear-cooperation-agreement-1985',
    kind: 'specific',
    zh: ['中美和平利用核能合作协定', '和平利用核能合作协定'],
    abbr: ['中美核合作协定'],
    en: [
      'Agreement for Cooperation Concerning Peaceful Uses of Nuclear Energy',
      '1985 nuclear cooperation agreement',
      '1985 Agreement for Cooperation',
    ],
  },
  {
    id: 'nuclear-agreement-of-intent',
    kind: 'specific',
    zh: ['意向性协议'],
    en: ['agreement of intent'],
  },

  // Non-proliferation
  {
    id: 'nonproliferation',
    kind: 'general',
    zh: ['防扩散', '不扩散'],
    en: ['non-proliferation', 'nonproliferation'],
  },
  {
    id: 'ctbt',
    kind: 'specific',
    zh: ['全面禁止核试验条约'],
    abbr: ['全面禁核试条约', '禁核试条约'],
    en: [
      'Comprehensive Test Ban Treaty',
      'Comprehensive Nuclear-Test-Ban Treaty',
      'Comprehensive Test-Ban Treaty',
      'CTBT',
    ],
  },
  {
    id: 'conference-on-disarmament',
    kind: 'specific',
    zh: ['联合国裁军谈判会议', '裁军谈判会议'],
    abbr: ['裁谈会'],
    en: ['Conference on Disarmament'],
  },
  {
    id: 'fmct',
    kind: 'specific',
    zh: ['禁止生产用于核武器和其他核爆炸装置的裂变材料公约', '裂变材料公约'],
    abbr: ['禁产条约', '禁止生产裂变材料条约'],
    en: ['Fissile Material Cut-off Treaty', 'Fissile Material Cutoff Treaty', 'fissile material treaty', 'FMCT'],
  },
  {
    id: 'safeguards',
    kind: 'specific',
    zh: ['未接受保障监督的核设施', '保障监督'],
    en: ['unsafeguarded nuclear facilities', 'IAEA safeguards'],
  },
  {
    id: 'dual-use-export-controls',
    kind: 'specific',
    zh: ['双用途材料'],
    abbr: ['两用物项'],
    variants: ['雙重用途材料'],
    en: ['dual-use materials', 'dual-use items'],
  },
  {
    id: 'export-controls',
    kind: 'general',
    zh: ['出口控制'],
    abbr: ['出口管制'],
    en: ['export controls', 'export control'],
  },
  {
    id: 'cwc',
    kind: 'specific',
    zh: ['禁止化学武器公约'],
    en: ['Chemical Weapons Convention', 'CWC'],
  },
  {
    id: 'missile-statement-1994',
    kind: 'specific',
    zh: ['一九九四年关于导弹不扩散问题的联合声明', '关于导弹不扩散问题的联合声明'],
    variants: ['一九九四年關於飛彈不擴散問題的聯合聲明'],
    en: ['1994 joint statement on missile nonproliferation', '1994 joint statement on missile non-proliferation'],
  },
  {
    id: 'missile-nonproliferation',
    kind: 'general',
    zh: ['导弹不扩散'],
    variants: ['飛彈不擴散'],
    en: ['missile nonproliferation', 'missile non-proliferation'],
  },
  {
    id: 'mtcr',
    kind: 'specific',
    zh: ['导弹及其技术控制制度'],
    abbr: ['导弹技术控制制度'],
    variants: ['飛彈及其技術控制制度', '飛彈技術管制制度', '飛彈技術管制協議'],
    en: ['Missile Technology Control Regime', 'MTCR'],
  },

  // Human rights
  {
    id: 'udhr',
    kind: 'specific',
    zh: ['世界人权宣言'],
    en: ['Universal Declaration of Human Rights', 'UDHR'],
  },
  {
    id: 'human-rights-instruments',
    kind: 'general',
    zh: ['国际人权文书'],
    en: ['international human rights instruments'],
  },
  {
    id: 'ngo-human-rights-forum',
    kind: 'specific',
    zh: ['非政府人权论坛'],
    en: ['non-governmental forum on human rights', 'NGO human rights forum', 'human rights forum'],
  },
  {
    id: 'human-rights-dialogue',
    kind: 'specific',
    zh: ['政府和非政府级别的对话'],
    abbr: ['人权对话'],
    en: ['human rights dialogue'],
  },

  // Legal cooperation
  {
    id: 'legal-cooperation',
    kind: 'general',
    zh: ['法律合作'],
    en: ['legal cooperation', 'rule of law cooperation'],
  },
  {
    id: 'illegal-immigration',
    kind: 'general',
    zh: ['非法移民'],
    en: ['illegal immigration', 'alien smuggling'],
  },
  {
    id: 'counterfeiting',
    kind: 'general',
    zh: ['制造伪币', '伪币'],
    abbr: ['假币'],
    en: ['counterfeiting', 'counterfeit currency'],
  },
  {
    id: 'money-laundering',
    kind: 'general',
    zh: ['洗钱'],
    en: ['money laundering', 'money-laundering'],
  },
  {
    id: 'law-enforcement-liaison-group',
    kind: 'specific',
    zh: ['执法合作联合联络小组'],
    en: [
      'Joint Liaison Group on law enforcement',
      'law enforcement joint liaison group',
      'law enforcement cooperation',
    ],
  },
  {
    id: 'mutual-legal-assistance',
    kind: 'specific',
    zh: ['法律互助协定'],
    abbr: ['司法协助协定'],
    en: ['mutual legal assistance agreement', 'mutual legal assistance treaty', 'MLAA', 'MLAT'],
  },
  {
    id: 'counter-narcotics-officers',
    kind: 'specific',
    zh: ['负责缉毒事务的法律官员', '缉毒事务'],
    en: ['counter-narcotics officers', 'drug enforcement officials', 'counternarcotics'],
  },
  {
    id: 'legal-exchanges-liaison-group',
    kind: 'specific',
    zh: ['联合联络小组'],
    en: ['joint liaison group'],
  },
  {
    id: 'legal-exchanges',
    kind: 'general',
    zh: ['法律交流'],
    en: ['legal exchanges', 'training of judges and lawyers'],
  },
  {
    id: 'commercial-law-arbitration',
    kind: 'general',
    zh: ['商业法及仲裁'],
    abbr: ['商事仲裁'],
    en: ['commercial law and arbitration', 'commercial arbitration'],
  },
  {
    id: 'rule-of-law-program',
    kind: 'specific',
    zh: ['法律合作计划'],
    en: ['rule of law initiative', 'legal cooperation program', 'legal cooperation programme'],
  },
  {
    id: 'justice-ministers',
    kind: 'general',
    zh: ['中国司法部长', '美国司法部长', '司法部长'],
    en: ['Attorney General', 'Minister of Justice', 'Justice Minister'],
  },

  // Military relations
  {
    id: 'maritime-safety-mechanism',
    kind: 'specific',
    zh: ['加强海上军事安全磋商机制', '海上军事安全磋商机制'],
    abbr: ['海上军事磋商协定'],
    en: [
      'Military Maritime Consultative Agreement',
      'maritime military consultative agreement',
      'military maritime safety',
      'MMCA',
    ],
  },
  {
    id: 'humanitarian-disaster-relief',
    kind: 'general',
    zh: ['人道主义救援和减灾', '人道主义救援'],
    abbr: ['人道主义援助'],
    en: ['humanitarian assistance and disaster relief', 'disaster relief', 'humanitarian relief'],
  },

  // Science, technology, education and culture
  {
    id: 'science-technology-agreements',
    kind: 'specific',
    zh: ['双边科技合作协议', '科技合作协议'],
    en: ['science and technology cooperation agreement', 'science and technology agreements', 'S&T agreements'],
  },
  {
    id: 'joint-commission-science-technology',
    kind: 'specific',
    zh: ['中美科学技术联合委员会', '科学技术联合委员会'],
    abbr: ['中美科技联委会'],
    en: [
      'Joint Commission on Science and Technology',
      'Joint Commission on Scientific and Technological Cooperation',
      'Joint Commission Meeting on Science and Technology',
    ],
  },
  {
    id: 'space-earth-science',
    kind: 'general',
    zh: ['利用空间对地球进行科学研究'],
    abbr: ['空间科学'],
    en: ['Earth observation', 'Earth science from space', 'space cooperation'],
  },
  {
    id: 'education-cultural-exchanges',
    kind: 'general',
    zh: ['教育和文化交流'],
    abbr: ['人文交流'],
    en: ['educational and cultural exchanges', 'education and cultural exchanges', 'people-to-people exchanges'],
  },
];

/**
 * Words that make a page "about China–US relations" and open the gate for
 * general topics. Traditional forms fold to simplified at match time.
 */
export const chinaUsAnchors: string[] = [
  '中美',
  '美中',
  '中国与美国',
  '中國與美國',
  '中国和美国',
  '美国和中国',
  'U.S.-China',
  'US-China',
  'China-U.S.',
  'China-US',
  'Sino-U.S.',
  'Sino-US',
  'Sino-American',
  'Beijing and Washington',
  'Washington and Beijing',
];
