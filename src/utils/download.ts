/**
 * Saves text or bytes as a file through a temporary link. The object URL is revoked a
 * second later, not at once: Safari has cancelled downloads whose URL was
 * revoked in the same task as the click.
 */
export function saveFile(name: string, contents: string | Uint8Array<ArrayBuffer>, type: string): void {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([contents], { type })), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
