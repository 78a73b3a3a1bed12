// How much memory a long script has needed: the seed scripts print it so a hub-sized seed can be sized before it runs out.

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  // resourceUsage().maxRSS is in kilobytes on every platform Node supports.
  return process.resourceUsage().maxRSS / 1024;
}
