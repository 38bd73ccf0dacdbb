import QRCode from "qrcode";
import { useEffect, useState } from "react";

/**
 * A QR code of `value` as an SVG image. The SVG goes in through a data: URL because the
 * Content-Security-Policy allows data: images but no inline styles, which an injected
 * <svg> with style attributes would need.
 */
export function QrCodeImage({ value, alt }: { value: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // Medium error correction survives a scratched screen or a poor print; the 4-module margin is the standard quiet zone.
    QRCode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } })
      .then((svg) => {
        if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        // Without a QR code the link and short code above still work.
        if (current) setSrc(null);
      });
    return () => {
      current = false;
    };
  }, [value]);
  if (!src) return null;
  return <img className="qr-code" src={src} alt={alt} width={200} height={200} />;
}
