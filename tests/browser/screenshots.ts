import {executeServerCommand} from '@web/test-runner-commands';

interface Shot {
  actual: string;
  baseline?: string;
  missing?: boolean;
  written?: boolean;
}

/** A screenshot of the element matching `selector`, and its baseline if `name` is given. */
export function screenshot(selector: string, name?: string): Promise<Shot> {
  return executeServerCommand<Shot, {selector: string; name?: string}>('cpi-screenshot', {
    selector,
    name,
  });
}

async function pixels(base64: string): Promise<ImageData> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height);
}

/**
 * How different two PNGs are: the share of pixels whose colour differs by more than
 * `threshold` (0–255) in any channel, or 1 when their sizes differ.
 */
export async function difference(
  a: string,
  b: string,
  threshold = 40,
): Promise<{ratio: number; size: string}> {
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  const size = `${x.width}×${x.height} vs ${y.width}×${y.height}`;
  if (x.width !== y.width || x.height !== y.height) return {ratio: 1, size};
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (
      Math.abs(x.data[i] - y.data[i]) > threshold ||
      Math.abs(x.data[i + 1] - y.data[i + 1]) > threshold ||
      Math.abs(x.data[i + 2] - y.data[i + 2]) > threshold
    )
      differing++;
  }
  return {ratio: differing / (x.width * x.height), size};
}
