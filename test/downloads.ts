/**
 * Catches the files a page hands to the browser to save (a Blob URL on an <a download> that is clicked),
 * instead of saving them. Returns a function that puts the browser's own behaviour back.
 */
export function captureDownloads(onFile: (name: string, blob: Blob) => void): () => void {
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object as Blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) onFile(this.download, blob);
    else click.call(this);
  };
  return () => {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  };
}
