/**
 * The data of one participatory-budgeting election in the pabulib `.pb` format (pabulib.org, "format"
 * page): a META section of key/value pairs, a PROJECTS table and a VOTES table.
 *
 * The columns every rule needs are typed (`id`, `cost`, `voterId`, `projects`, `points`); every other
 * column is kept verbatim in `fields`, in the order given by `projectColumns` / `voteColumns`, so a file
 * read and written back carries exactly the same data.
 */

/** How a ballot is expressed (META `vote_type`). */
export type VoteType = 'approval' | 'ordinal' | 'cumulative' | 'scoring' | 'choose-1';

export const voteTypes: readonly VoteType[] = ['approval', 'ordinal', 'cumulative', 'scoring', 'choose-1'];

/** One META line. Kept as an ordered list: the order of a file's metadata is part of its data. */
export interface PabulibMetaEntry {
  readonly key: string;
  readonly value: string;
}

export interface PabulibProject {
  /** `project_id`: unique within the file, compared as text ("07" and "7" are different projects). */
  readonly id: string;
  /** `cost` in whole currency units. */
  readonly cost: number;
  /** Every other column of the row (name, votes, score, selected, category, ...), verbatim. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface PabulibVote {
  /** `voter_id`: unique within the file. */
  readonly voterId: string;
  /**
   * `vote`: the project ids on the ballot, in the file's order. For ordinal ballots that order is the
   * preference order (most preferred first); for cumulative and scoring ballots it is parallel to `points`.
   */
  readonly projects: readonly string[];
  /** `points`: present when the VOTES section has a points column (cumulative and scoring ballots). */
  readonly points?: readonly number[];
  /** Every other column of the row (age, sex, voting_method, ...), verbatim. */
  readonly fields: Readonly<Record<string, string>>;
}

/** Line ending and final newline of the text a file was read from, so a rewrite can match it byte for byte. */
export interface PabulibLayout {
  readonly lineEnding: '\n' | '\r\n';
  readonly finalNewline: boolean;
}

export interface PabulibFile {
  readonly meta: readonly PabulibMetaEntry[];
  /** Column names of PROJECTS in file order, `project_id` and `cost` included. */
  readonly projectColumns: readonly string[];
  readonly projects: readonly PabulibProject[];
  /** Column names of VOTES in file order, `voter_id` and `vote` (and `points`) included. */
  readonly voteColumns: readonly string[];
  readonly votes: readonly PabulibVote[];
  /** Formatting of the source text; the writer uses `\n` and a final newline when absent. */
  readonly layout?: PabulibLayout;
}
