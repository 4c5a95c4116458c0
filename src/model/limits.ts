// How large an estimate may be. One bound serves the model sheet's data validation (in the
// sheet's unit: dollars in English, 億ドル in Japanese) and the versions (in US dollars, the
// smallest unit a sheet shows), so any version fits any model sheet and no total of a version's
// amounts can overflow to Infinity.

/** The largest size of one estimate: −1e15 … 1e15 (a negative estimate is a gain). */
export const ESTIMATE_BOUND = 1e15;
