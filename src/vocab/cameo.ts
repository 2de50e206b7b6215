/**
 * The CAMEO event codes the builders may use, with their codebook names (CAMEO 1.1b3). Codes are strings:
 * "010" and "10" are different codes. Only codes checked against the codebook are listed.
 */
export const CAMEO_CODES = {
  "010": "Make statement, not specified below",
  "036": "Express intent to meet or negotiate",
  "042": "Make a visit",
  "046": "Engage in negotiation",
  "054": "Grant diplomatic recognition",
  "0871": "Declare truce, ceasefire",
  "0874": "Retreat or surrender militarily",
  "100": "Demand, not specified below",
  "120": "Reject, not specified below",
  "139": "Give ultimatum",
} as const;

/** A CAMEO code known to the project. */
export type CameoCode = keyof typeof CAMEO_CODES;
