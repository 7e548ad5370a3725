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
  /**
   * `cost`, exactly, as an integer count of the file's amount unit: whole currency units when the file
   * has no decimal amounts, otherwise 10^-{@link PabulibFile.amountDecimals} units (grosze for
   * `543715.64` złoty, which is 54371564 here). Never a fraction, so every rule counts it exactly.
   */
  readonly cost: number;
  /**
   * Decimal places the cost was written with, when that differs from the file's
   * {@link PabulibFile.amountDecimals} (`1200` in a file of `543715.64`): kept so a rewrite is byte for byte.
   */
  readonly costDecimals?: number;
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
  /**
   * Decimal places of the file's amounts (the most any cost or the budget is written with): costs and
   * {@link pabulibBudget} count units of 10^-amountDecimals currency units. Absent or 0: whole units.
   */
  readonly amountDecimals?: number;
}

/**
 * Something the reader accepted although the format does not allow it (a project listed twice on one
 * ballot, a misspelled section title, empty fields after the last column), with the line it is on.
 * `parsePabulib` with `strict: true` refuses each of these instead.
 */
export interface PabulibWarning {
  /** 1-based line of the text. */
  readonly line: number;
  /** What was found and how it was read, e.g. `voter 4411 lists project 12 twice: counted once`. */
  readonly problem: string;
}
