package se.samspar.web.e2e;

import com.microsoft.playwright.Locator;
import java.util.Map;

/**
 * The contrast of an element's foreground against the backdrop behind it as the screen shows it: the colours of the
 * element and of every ancestor composited with their backgrounds and opacities, up to the white canvas.
 */
final class Contrast {
    /**
     * For an element, the pixel of its foreground (colour) and the pixel beside it (backgrounds only), each painted
     * from the root down: an element's background over what is behind it, its content over that, the whole faded
     * by its opacity over what was behind it.
     */
    private static final String MEASURE = """
            el => {
              const rgba = c => { const v = c.match(/[\\d.]+/g).map(Number); return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
              const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3]));
              const fade = (top, bottom, opacity) => [0, 1, 2].map(i => top[i] * opacity + bottom[i] * (1 - opacity));
              const chain = [];
              for (let e = el; e; e = e.parentElement) chain.unshift(e);
              const paint = (i, behind, withForeground) => {
                const style = getComputedStyle(chain[i]);
                const inner = over(rgba(style.backgroundColor), behind);
                const content = i === chain.length - 1
                  ? (withForeground ? over(rgba(style.color), inner) : inner)
                  : paint(i + 1, inner, withForeground);
                return fade(content, behind, Number(style.opacity));
              };
              const luminance = c => {
                const [r, g, b] = c.map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const hex = c => '#' + c.map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
              const canvas = [255, 255, 255];
              const foreground = paint(0, canvas, true), background = paint(0, canvas, false);
              const [dark, light] = [luminance(foreground), luminance(background)].sort((a, b) => a - b);
              const button = el.closest('button');
              return { ratio: (light + 0.05) / (dark + 0.05), foreground: hex(foreground), background: hex(background),
                       classes: button ? button.className : '', opacity: button ? getComputedStyle(button).opacity : '' };
            }""";

    /** What was measured, with the colours and the button's classes and opacity for the failure message. */
    record Measured(double ratio, String foreground, String background, String classes, String opacity) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.2f:1 (%s on %s; button class=\"%s\", opacity %s)", ratio,
                    foreground, background, classes, opacity);
        }
    }

    private Contrast() {
    }

    /** The contrast of the (single) element {@code element} now. */
    static Measured of(Locator element) {
        Map<?, ?> result = (Map<?, ?>) element.evaluate(MEASURE);
        return new Measured(((Number) result.get("ratio")).doubleValue(), (String) result.get("foreground"),
                (String) result.get("background"), (String) result.get("classes"), String.valueOf(result.get("opacity")));
    }
}
