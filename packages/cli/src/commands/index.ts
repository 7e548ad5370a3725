import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAdmit } from './admit.js';
import { registerDb } from './db.js';
import { registerDeploy } from './deploy.js';
import { registerExport } from './export.js';
import { registerFinalise } from './finalise.js';
import { registerOpenRound } from './open-round.js';
import { registerPublish } from './publish.js';
import { registerReplay } from './replay.js';
import { registerServe } from './serve.js';
import { registerTally } from './tally.js';

/** Adds one command (with its options and action) to the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/** Every `polity` command, one file each in this folder; add new ones here. */
export const commands: readonly RegisterCommand[] = [registerTally, registerReplay, registerDeploy, registerAdmit, registerOpenRound, registerFinalise, registerExport, registerPublish, registerServe, registerDb];
