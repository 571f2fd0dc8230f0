/** Offers a text or data URL as a download with the given file name. */
export const download = (name: string, content: string | Blob, type = 'text/plain') => {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

const loadImage = (src: string) =>
  new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image'));
    img.src = src;
  });

/** Draws chart images (data URLs, SVG or PNG) in a grid on a white canvas and gives it back as a PNG blob. */
export const chartsToPng = async (urls: string[], columns = 3, cell = { w: 480, h: 300 }): Promise<Blob> => {
  const canvas = document.createElement('canvas');
  const rows = Math.ceil(urls.length / columns);
  canvas.width = columns * cell.w;
  canvas.height = Math.max(1, rows) * cell.h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const images = await Promise.all(urls.map(loadImage));
  images.forEach((img, i) => {
    ctx.drawImage(img, (i % columns) * cell.w, Math.floor(i / columns) * cell.h, cell.w, cell.h);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
  );
};
