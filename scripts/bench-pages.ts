/** Generated pages for `npm run bench`: realistic markup, a statement topic in every paragraph. */
import { statement } from '../data';

const ZH_TOPICS = [
  '台湾问题',
  '世界贸易组织',
  '全面禁止核试验条约',
  '四方会谈',
  '导弹及其技术控制制度',
  '禁止化学武器公约',
  '信息技术协议',
  '联合国安理会',
  '中美建设性战略伙伴关系',
  '元首间通讯联络',
];
const EN_TOPICS = [
  'Taiwan question',
  'World Trade Organization',
  'Comprehensive Test Ban Treaty',
  'four-party talks',
  'Missile Technology Control Regime',
  'Chemical Weapons Convention',
  'Information Technology Agreement',
  'UN Security Council',
  'constructive strategic partnership',
  'presidential hotline',
];

function page(lang: string, title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.7 sans-serif;max-width:44em;margin:1rem auto}</style></head>
<body><header><nav><a href="#">首页</a> | <a href="#">国际</a></nav><h1>${title}</h1></header>
<article>${paragraphs.join('\n')}</article></body></html>`;
}

/** 4,000 Chinese paragraphs with links and inline markup, each naming one topic. */
export function chinesePage(count = 4000): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const topic = ZH_TOPICS[i % ZH_TOPICS.length]!;
    paragraphs.push(
      `<p>第${i + 1}段：据<a href="#s${i}">本报记者</a>报道，分析人士<b>认为</b>，` +
        `${topic}仍是双方讨论的重点之一，<em>有关方面</em>表示将继续保持沟通，并就相关问题交换意见。</p>`,
    );
  }
  return page('zh-Hans', '中美关系观察：四千段评论', paragraphs);
}

/** The same page in English. */
export function englishPage(count = 4000): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const topic = EN_TOPICS[i % EN_TOPICS.length]!;
    paragraphs.push(
      `<p>Paragraph ${i + 1}: according to <a href="#s${i}">our correspondent</a>, analysts <b>say</b> the ` +
        `${topic} remains one of the points the two sides discuss, and <em>officials</em> promised to stay in touch.</p>`,
    );
  }
  return page('en', 'U.S.-China watch: four thousand paragraphs', paragraphs);
}

/** 500 quotations of the statement: verbatim, altered (one character changed) and not in it, attributed. */
export function quotePage(count = 500): { html: string; quotes: string[] } {
  const sentences = statement.paragraphs.flatMap((p) => p.sentences.map(({ start, end }) => p.text.slice(start, end)));
  const quotes: string[] = [];
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentence = sentences[i % sentences.length]!;
    let quote = sentence;
    if (i % 3 === 1) quote = sentence.slice(0, 6) + '不' + sentence.slice(7);
    if (i % 3 === 2) quote = `美国将在第${i}年停止一切相关的合作并撤出全部人员，双方另行商定具体安排。`;
    quotes.push(quote);
    paragraphs.push(`<p>中美联合声明写道：“${quote}”评论人士对此看法不一。</p>`);
  }
  return { html: page('zh-Hans', '引文五百条', paragraphs), quotes };
}

/** Every alias of the statement's topics (what mark.js is asked to mark). */
export function allAliases(topics: { zh: string[]; abbr: string[]; zht: string[]; en: string[] }[]): string[] {
  return [...new Set(topics.flatMap((t) => [...t.zh, ...t.abbr, ...t.zht, ...t.en]))];
}

/**
 * A live feed: `count` topic paragraphs, then, once `window.startFeed(everyMs, forMs)` is called, one more
 * appended every `everyMs` while the oldest is removed, for `forMs`; resolves with the number appended.
 */
export function feedPage(count = 300): string {
  const paragraph = (i: number) => {
    const topic = ZH_TOPICS[i % ZH_TOPICS.length]!;
    return (
      `<p>第${i + 1}条：据<a href="#s${i}">本报记者</a>报道，分析人士<b>认为</b>，` +
      `${topic}仍是双方讨论的重点之一，<em>有关方面</em>表示将继续保持沟通，并就相关问题交换意见。</p>`
    );
  };
  const script = `<script>
const TOPICS = ${JSON.stringify(ZH_TOPICS)};
window.startFeed = (everyMs, forMs) => new Promise((resolve) => {
  const article = document.querySelector('article');
  let n = article.children.length;
  const started = performance.now();
  const timer = setInterval(() => {
    const p = document.createElement('p');
    const topic = TOPICS[n % TOPICS.length];
    const link = document.createElement('a');
    link.href = '#s' + n;
    link.textContent = '本报记者';
    const b = document.createElement('b');
    b.textContent = '认为';
    p.append('第' + ++n + '条：据', link, '报道，分析人士', b, '，' + topic + '仍是双方讨论的重点之一，有关方面表示将继续保持沟通。');
    article.append(p);
    article.firstElementChild.remove();
    if (performance.now() - started >= forMs) { clearInterval(timer); resolve(n); }
  }, everyMs);
});
</script>`;
  const paragraphs = Array.from({ length: count }, (_, i) => paragraph(i));
  return page('zh-Hans', '中美关系实时快讯', paragraphs).replace('</body>', `${script}</body>`);
}
