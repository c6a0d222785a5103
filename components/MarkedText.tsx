/** Text with some spans marked; always rendered as text, never as HTML. */
export function MarkedText({ text, marks }: { text: string; marks: readonly [number, number][] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
