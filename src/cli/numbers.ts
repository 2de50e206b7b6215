import { InvalidArgumentError } from "commander";

/** An option value that must be a positive number (seconds may have a fraction). */
export function positive(raw: string): number {
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || !(n > 0))
    throw new InvalidArgumentError(`"${raw}" is not a positive number.`);
  return n;
}

/** An option value that must be a whole number of at least 1. */
export function wholePositive(raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`"${raw}" is not a whole number of at least 1.`);
  return n;
}

/** An option value that must be a whole number (0 allowed). */
export function whole(raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError(`"${raw}" is not a whole number.`);
  return n;
}

/** A parser for an option value that must be a whole number from `min` to `max` (inclusive). */
export function wholeWithin(min: number, max: number): (raw: string) => number {
  return (raw) => {
    const n = whole(raw);
    if (n < min || n > max) throw new InvalidArgumentError(`"${raw}" is not between ${min} and ${max}.`);
    return n;
  };
}
