/** Reads a picked image as a data URL, refusing other types and files over `maxBytes` before any upload. */
export function readImageFile(file: File, maxBytes: number): Promise<string> {
  if (!/^image\/(png|jpeg|webp|gif)$/.test(file.type))
    return Promise.reject(new Error('Choose a PNG, JPEG, WebP or GIF image.'));
  if (file.size > maxBytes)
    return Promise.reject(
      new Error(`That picture is too large: at most ${Math.round(maxBytes / 1024)} KiB.`),
    );
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error('Could not read that file.'));
    reader.readAsDataURL(file);
  });
}
