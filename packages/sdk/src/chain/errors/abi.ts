import type { DecodeErrorResultReturnType } from 'viem';
import {
  budgetRoundsAbi,
  governorDeployerAbi,
  liquidVotesTokenAbi,
  milestoneEscrowAbi,
  polityFactoryAbi,
  polityGovernorAbi,
  residentRegistryAbi,
  roundResultsAbi,
  timelockControllerAbi,
} from '../../contracts/generated.js';

/**
 * Every contract of a polity in one ABI, for decoding reverts: a call to one contract may revert with
 * another's error (the escrow asks the results, the rounds ask the registry), so a revert is decoded
 * against all of them.
 */
export const polityAbi = [
  ...residentRegistryAbi,
  ...polityGovernorAbi,
  ...timelockControllerAbi,
  ...budgetRoundsAbi,
  ...roundResultsAbi,
  ...milestoneEscrowAbi,
  ...polityFactoryAbi,
  ...governorDeployerAbi,
  ...liquidVotesTokenAbi,
] as const;

/** A decoded custom error of any Polity contract: `errorName` narrows `args`. */
export type PolityRevert = DecodeErrorResultReturnType<typeof polityAbi>;
