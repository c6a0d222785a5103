/**
 * Yuanwen's own English for English-language readers: names for the nine sections and a short
 * summary of each of the 31 paragraphs. These are Yuanwen's paraphrases written for this project,
 * not the official English text of the statement (which the project does not ship); every place
 * that shows them labels them as Yuanwen's summary, beside the Chinese original.
 *
 * Also the people and places the statement names, with their English and pinyin names, so the
 * popup finds "Clinton" or "Qian Qichen". Which paragraphs they appear in is derived from the text
 * at build time (data/build/english.ts), never listed here.
 */

/** English names of the headed sections, in order (section 0, the preamble, has no heading). */
export const sectionNames: readonly string[] = [
  'High-level dialogue and consultations',
  'Energy and environmental cooperation',
  'Economic and trade relations',
  'Peaceful nuclear cooperation',
  'Non-proliferation',
  'Human rights',
  'Legal cooperation',
  'Military-to-military relations',
  'Science, education and cultural exchanges',
];

/** One summary per paragraph, paragraph 1 first. */
export const paragraphSummaries: readonly string[] = [
  // Preamble
  'At President Clinton’s invitation, President Jiang Zemin made a state visit to the United States from 26 October to 3 November 1997, the first by a Chinese head of state in twelve years. He held talks with Clinton in Washington and met Vice President Gore and congressional leaders; Vice Premier and Foreign Minister Qian Qichen met Secretary of State Albright.',
  'The two presidents discussed the international situation and bilateral relations. They agreed that healthy, stable relations serve both peoples and matter for peace and prosperity in the 21st century, that the two countries share interests and have differences, including significant differences on human rights, and that there is great potential for cooperation on security, non-proliferation, regional cooperation, crime and terrorism, the economy, trade, law, environment, energy, science, education, culture and military contacts.',
  'The presidents decided to work together towards building a constructive strategic partnership between China and the United States, handling relations from a long-term perspective on the basis of the principles of the three joint communiqués.',
  'China stressed that the Taiwan question is the most important and sensitive central question in relations, and that handling it properly on the principles of the three joint communiqués is key to healthy, stable relations. The United States reiterated that it adheres to its one-China policy and the principles of the three joint communiqués.',
  'As permanent members of the UN Security Council, both support an active and effective role for the United Nations under its Charter, favour UN reform that makes the Security Council more representative while keeping it efficient, and want the UN on a sounder financial footing, including taking part in discussions on the scale of assessments.',
  'As major Asia-Pacific powers, the two will cooperate on common challenges in the region. Peace and stability on the Korean Peninsula matter, and both will work through the four-party talks for a lasting peace there; peace and stability in the Middle East, the Gulf and South Asia are also in their common interest.',
  'The presidents agreed on a series of steps that will provide a framework for developing relations and for cooperation in international affairs.',
  // High-level dialogue and consultations
  'The presidents will visit each other’s capitals regularly.',
  'A communications link between the presidents will be set up between Beijing and Washington for direct contact.',
  'Cabinet and sub-cabinet officials will exchange regular visits to consult on political, military, security and arms-control issues.',
  // Energy and environmental cooperation
  'Both reaffirm the importance of cooperating on a broad range of environmental issues, as shown by the China–U.S. Forum on Environment and Development set up in March 1997.',
  'Both see developing and using energy efficiently and protecting the global environment as a major challenge. They agreed on an initiative to speed up clean-energy projects and the transfer of related technology, focusing on clean energy, urban air pollution and rural electrification, and to cooperate more broadly on climate change, desertification and biodiversity. China’s State Planning Commission and the U.S. Department of Energy signed an Energy and Environment Cooperation Initiative.',
  // Economic and trade relations
  'The presidents will take positive and effective measures to expand trade and economic relations. Information technology being vital for innovation and productivity, China stated its intention to join the Information Technology Agreement as early as possible, and will continue to cut tariffs substantially within the WTO negotiations.',
  'Both consider China’s full participation in the multilateral trading system to be in their interest, and agreed to intensify negotiations on market access (tariffs, non-tariff measures, services, standards, agriculture) and WTO principles so that China can join the WTO on a commercially meaningful basis as early as possible.',
  // Peaceful nuclear cooperation
  'Cooperation on the peaceful use of nuclear energy is in both countries’ interest; each has taken the steps needed to implement the 1985 Agreement for Cooperation on the peaceful uses of nuclear energy, and China’s State Planning Commission and the U.S. Department of Energy signed a letter of intent on peaceful nuclear cooperation and research.',
  // Non-proliferation
  'Both will work for the early entry into force of the Comprehensive Nuclear Test Ban Treaty, and seek an early start of formal negotiations in the Conference on Disarmament on a convention banning the production of fissile material for nuclear weapons or other nuclear explosive devices.',
  'Both reaffirm that they will not assist unsafeguarded nuclear facilities or nuclear explosion programmes. China has put export controls on nuclear and dual-use materials and related technology and will take further steps on dual-use materials by mid-1998; the United States will keep tightening its own controls.',
  'As original parties to the Chemical Weapons Convention, both will cooperate multilaterally on its implementation, and consider government oversight of chemical-related exports important.',
  'Both will build on their 1994 joint statement on missile non-proliferation and reaffirm their commitments to the guidelines and parameters of the Missile Technology Control Regime.',
  // Human rights
  'Both consider that the Universal Declaration of Human Rights and other international human rights instruments play a positive role, and reaffirm their commitment to promoting and protecting human rights and fundamental freedoms.',
  'Although they have not resolved their differences on human rights, both agree to discuss them through governmental and non-governmental dialogue in a spirit of equality and mutual respect, and to discuss the structure and role of a non-governmental human rights forum.',
  // Legal cooperation
  'Both consider that promoting legal cooperation serves their interests and needs.',
  'Both will strengthen cooperation against international organised crime, drug trafficking, illegal migration, counterfeiting and money laundering, intend to set up a joint liaison group on law enforcement cooperation, and will begin consultations towards a mutual legal assistance agreement.',
  'Each will assign, on a reciprocal basis, legal officers responsible for counter-narcotics work to its embassy.',
  'Valuing legal exchanges, both intend to set up a joint liaison group for cooperation in this field, which could include exchanges of legal experts, training of judges and lawyers, legal information systems, exchanges of legal materials and views on legal assistance, consultation on administrative procedures, and commercial law and arbitration.',
  'As part of this programme, China’s Minister of Justice will visit the United States in November 1997 at the invitation of the U.S. Attorney General.',
  // Military-to-military relations
  'The two reached an agreement on establishing a consultation mechanism to strengthen military maritime safety, which will help their naval and air forces avoid accidents, misunderstandings and miscalculation.',
  'Both agree to share information, hold discussions and exchange experience on humanitarian assistance and disaster relief.',
  // Science, education and cultural exchanges
  'Since 1979 the two have concluded more than thirty bilateral science and technology agreements. The Joint Commission on Science and Technology will keep guiding this cooperation and promote science and technology to solve national and global problems; the two will also identify areas for cooperation in using space for Earth science research and practical applications.',
  'The two will expand educational and cultural exchanges; the presidents believe more contact between the two peoples will help develop long-term relations.',
  'President Jiang thanked President Clinton and the American people for their hospitality, and invited President Clinton to visit China in 1998; Clinton accepted with pleasure.',
];

/** A person or place the statement names: its forms as the statement writes them, English names and pinyin. */
export interface NamedEntity {
  /** Simplified forms exactly as in the statement; the first is the name shown. */
  zh: string[];
  /** English names as English-language news writes them. */
  en: string[];
}

export const namedEntities: readonly NamedEntity[] = [
  { zh: ['克林顿', '威廉·J·克林顿'], en: ['Clinton', 'Bill Clinton', 'William J. Clinton', 'President Clinton'] },
  { zh: ['江泽民'], en: ['Jiang Zemin', 'Jiang', 'President Jiang'] },
  { zh: ['戈尔', '艾尔·戈尔'], en: ['Gore', 'Al Gore', 'Vice President Gore'] },
  { zh: ['奥尔布赖特', '马德琳·奥尔布赖特'], en: ['Albright', 'Madeleine Albright', 'Secretary Albright'] },
  { zh: ['钱其琛'], en: ['Qian Qichen', 'Qian'] },
  { zh: ['华盛顿'], en: ['Washington'] },
  { zh: ['北京'], en: ['Beijing', 'Peking'] },
];
