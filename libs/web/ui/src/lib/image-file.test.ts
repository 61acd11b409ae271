import { readImageFile } from './image-file';

describe('readImageFile', () => {
  it('reads a small image as a data URL', async () => {
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'a.png', { type: 'image/png' });
    await expect(readImageFile(file, 1024)).resolves.toMatch(/^data:image\/png;base64,/);
  });
  it('refuses other types and large files', async () => {
    await expect(
      readImageFile(new File(['<b>'], 'a.html', { type: 'text/html' }), 1024),
    ).rejects.toThrow('PNG');
    await expect(
      readImageFile(new File([new Uint8Array(2048)], 'b.png', { type: 'image/png' }), 1024),
    ).rejects.toThrow('too large');
  });
});
