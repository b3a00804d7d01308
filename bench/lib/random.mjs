/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that every
 * run, every worker and every child process generates exactly the same records from a seed.
 * Math.random() cannot be seeded, hence this.
 *
 * @param {number} seed any 32-bit integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const splitmix32 = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Discard the first outputs: sfc32's first few words still echo the seed.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * An integer in [min, max], both inclusive.
 *
 * @param {() => number} random
 * @param {number} min
 * @param {number} max
 */
export function intBetween(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}
