import QRCode from 'qrcode';

/**
 * The join link as an SVG QR code for the projector. Error correction M (15% damage) survives a glare spot on
 * the screen; the quiet zone of 4 modules is what phone scanners expect.
 */
export const joinQrSvg = (url: string): Promise<string> =>
  QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
