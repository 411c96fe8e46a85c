// WCAG 2 contrast of the text a person sees: each visible text's colour against the first opaque background
// behind it. Lists what falls below AA: 4.5:1, or 3:1 for large text (24px, or 18.66px and bold).
export function textBelowAaContrast(page) {
  return page.locator('body').evaluate((body) => {
    const rgba = (css) => {
      const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const linear = (value) => {
        const channel = value / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const backgroundOf = (element) => {
      for (let current = element; current; current = current.parentElement) {
        const colour = rgba(getComputedStyle(current).backgroundColor);
        if (colour.a > 0.5) {
          return colour;
        }
      }
      return { r: 255, g: 255, b: 255 };
    };

    const failures = [];
    const texts = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      const element = texts.currentNode.parentElement;
      const text = texts.currentNode.textContent.trim();
      if (!text || !element.checkVisibility()) {
        continue;
      }
      const style = getComputedStyle(element);
      const background = backgroundOf(element);
      const [lighter, darker] = [luminance(rgba(style.color)), luminance(background)].sort((a, b) => b - a);
      const ratio = (lighter + 0.05) / (darker + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        failures.push(`"${text.slice(0, 40)}" is ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1 (${style.color} on rgb(${background.r}, ${background.g}, ${background.b}))`);
      }
    }
    return failures;
  });
}
