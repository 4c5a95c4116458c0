// Light or dark: Office's theme where Office tells it, the system's (prefers-color-scheme)
// elsewhere. taskpane.css holds both palettes; this only picks one, on <html data-theme>.

export type Theme = "light" | "dark";

/** The part of Office.context.officeTheme read here. It belongs to no requirement set and is
 * undefined outside Office (and in hosts that lack it), so every field is optional. */
export interface OfficeThemeColors {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** WCAG relative luminance of a #rrggbb colour, or undefined for anything else. */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's own flag first; older hosts give only colours, so a dark background means dark. */
export function themeFor(office: OfficeThemeColors | undefined, systemPrefersDark: boolean): Theme {
  if (typeof office?.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const background = office?.bodyBackgroundColor === undefined ? undefined : luminance(office.bodyBackgroundColor);
  if (background !== undefined) return background < 0.18 ? "dark" : "light";
  return systemPrefersDark ? "dark" : "light";
}

/** Sets <html data-theme> now, and again when the system's preference changes (outside Office). */
export function followTheme(office: OfficeThemeColors | undefined): void {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    document.documentElement.dataset.theme = themeFor(office, query.matches);
  };
  apply();
  query.addEventListener("change", apply);
}
