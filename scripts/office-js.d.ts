export const OFFICE_JS_CDN: string;
export const OFFICE_JS_LOCAL: string;
export const OFFICE_JS_PACKAGE_DIST: string;
