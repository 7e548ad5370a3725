// The tally command lives with its output in src/tally/ (one folder for "how a .pb file is counted").
export { registerTally, tallyRules, type TallyRule } from '../tally/command.js';
