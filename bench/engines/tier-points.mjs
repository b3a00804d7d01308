/**
 * P1's survey tier points (POLICIES.md: 20, 16, 12, 8, 4), as the hand-written engines read them:
 * a switch, the fastest lookup there is. An unknown answer is an error, as in kaoping.
 *
 * @param {string} answer
 * @returns {number}
 */
export function tierPoints(answer) {
  switch (answer) {
    case "very-satisfied":
      return 20;
    case "basically-satisfied":
      return 16;
    case "average":
      return 12;
    case "not-very-satisfied":
      return 8;
    case "very-dissatisfied":
      return 4;
    default:
      throw new RangeError(`unknown tier: ${answer}`);
  }
}
