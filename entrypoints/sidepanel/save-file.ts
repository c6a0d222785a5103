/** Saves text as a file through the browser's own download of a local blob: nothing leaves the browser. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL by the next task; keep it a little longer for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
