// Deterministic English news-like text for the English page of bench:typeset.

const WORDS = (
  'the council voted on tuesday to approve a plan for new housing near the river after ' +
  'months of debate residents said construction would begin next spring while opponents ' +
  'warned that traffic and noise would rise the mayor said the city had listened carefully ' +
  'to every objection and that the assessment of environmental risks was thorough officials ' +
  'estimated the cost at million dollars funded partly by state grants and partly by bonds ' +
  'neighbourhood associations organised meetings internationalization infrastructure ' +
  'representatives responsibility transportation administration extraordinarily ' +
  'notwithstanding development committee government department university hospital ' +
  'school teachers parents children police officers investigation spokesperson'
).split(' ');

const SHORT = (
  'the a of to and in on for that is was it he she they we at by with from as said has ' +
  'have had be are not but or an this its their will would can new more than two last ' +
  'year week city town plan road bus rail park fund work pay tax rent home jobs'
).split(' ');

/** Deterministic English paragraphs of 40–110 words, sentences of 8–24 words. */
export function englishParagraphs(totalChars: number): string[] {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  // Running text is mostly short words: two picks in three from the common ones.
  const pick = () => {
    const list = rand() < 0.67 ? SHORT : WORDS;
    return list[Math.floor(rand() * list.length)] ?? 'the';
  };
  const paragraphs: string[] = [];
  let total = 0;
  while (total < totalChars) {
    const words = 40 + Math.floor(rand() * 70);
    const out: string[] = [];
    let sentence = 0;
    for (let i = 0; i < words; i++) {
      let w = pick();
      if (sentence === 0) w = w[0]?.toUpperCase() + w.slice(1);
      if (rand() < 0.04) w = `${w}-based`;
      if (rand() < 0.03) w = String(Math.floor(rand() * 2000));
      sentence++;
      if (sentence > 8 && (rand() < 0.12 || i === words - 1)) {
        w += '.';
        sentence = 0;
      } else if (rand() < 0.06) w += ',';
      out.push(w);
    }
    const p = out.join(' ').replace(/[,]?$/, '.').replace(/\.\.$/, '.');
    paragraphs.push(p);
    total += p.length + 1;
  }
  return paragraphs;
}
