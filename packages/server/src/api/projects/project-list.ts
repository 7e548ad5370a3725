/**
 * A round's projects as submitted (ProjectSubmitted), reviewed (accepted, rejected, revalued, grouped),
 * selected by the final result, and funded and paid through the milestone escrow, with the title and
 * photos of their published description.
 */
import { z } from '@hono/zod-openapi';
import { projectStatuses } from '@polity/sdk';
import { describe, noDescription } from '../descriptions.js';
import type { IndexView } from '../index-view.js';
import { readEvents, type IndexedEvent } from '../indexed-events.js';
import { sortForPages, type ListSort } from '../pagination.js';
import { address, hash32, positionOf, positionSchema, wholeNumber, type Position } from '../schemas.js';

const reviewSchema = z.object({
  decision: z.enum(['accepted', 'rejected', 'revalued']),
  reviewer: address,
  reasonHash: hash32.nullable().openapi({ description: 'the published reason (rejections and revaluations)' }),
  previousCost: wholeNumber.nullable(),
  cost: wholeNumber.nullable(),
  at: positionSchema,
});

const milestoneSchema = z.object({
  index: z.number().int(),
  amount: wholeNumber,
  descriptionHash: hash32,
  released: z.boolean(),
  evidenceHash: hash32.nullable(),
  releasedAt: positionSchema.nullable(),
});

const fundingSchema = z
  .object({
    status: z.enum(['active', 'completed', 'stopped']),
    token: address,
    from: address.openapi({ description: 'where the allocation came from (the treasury, normally)' }),
    recipient: address,
    allocation: wholeNumber,
    released: wholeNumber,
    refunded: wholeNumber.openapi({ description: 'returned to the treasury when the project was stopped' }),
    stopReasonHash: hash32.nullable(),
    funded: positionSchema,
    milestones: z.array(milestoneSchema),
  })
  .openapi('ProjectFunding');

export const projectSchema = z
  .object({
    roundId: wholeNumber,
    projectId: z.number().int(),
    proposer: address,
    cost: wholeNumber.openapi({ description: 'the cost now (after any revaluation)' }),
    submittedCost: wholeNumber,
    category: z.number().int(),
    categoryName: z.string().nullable(),
    location: z.object({ latitude: z.number().int(), longitude: z.number().int() }).nullable().openapi({ description: 'microdegrees; null when none was given' }),
    descriptionHash: hash32,
    title: z.string().nullable().openapi({ description: "the description's first `# ` heading, when the server holds the text" }),
    photos: z.array(hash32).openapi({ description: 'content hashes of the stored images the description shows' }),
    status: z.enum(projectStatuses).openapi({ description: 'the review status: only accepted projects are on the ballot' }),
    group: z.number().int().openapi({ description: 'exclusive group (0: none): at most one project of a group is funded' }),
    reviews: z.array(reviewSchema),
    selected: z.boolean().nullable().openapi({ description: 'funded by the final result (null until the result is final)' }),
    funding: fundingSchema.nullable(),
    submitted: positionSchema,
  })
  .openapi('Project');
export type ProjectItem = z.infer<typeof projectSchema>;
export type ProjectStatusFilter = ProjectItem['status'];

export const projectSort: ListSort<Pick<ProjectItem, 'projectId'>> = { list: 'projects', orders: ['number-ascending'], keyOf: (project) => [String(project.projectId)] };

type RoundEvent = IndexedEvent<'ProjectSubmitted' | 'ProjectAccepted' | 'ProjectRejected' | 'ProjectRevalued' | 'ExclusiveGroupDeclared'>;
type EscrowEvent = IndexedEvent<'ProjectFunded' | 'MilestoneScheduled' | 'MilestoneReleased' | 'ProjectCompleted' | 'ProjectStopped'>;

type Funding = NonNullable<ProjectItem['funding']>;

interface Draft extends Omit<ProjectItem, 'title' | 'photos' | 'reviews' | 'funding'> {
  reviews: ProjectItem['reviews'];
  funding: Omit<Funding, 'milestones'> | null;
  milestones: Funding['milestones'];
}

function review(event: RoundEvent, at: Position): ProjectItem['reviews'][number] | undefined {
  switch (event.eventName) {
    case 'ProjectAccepted':
      return { decision: 'accepted', reviewer: event.args.reviewer, reasonHash: null, previousCost: null, cost: null, at };
    case 'ProjectRejected':
      return { decision: 'rejected', reviewer: event.args.reviewer, reasonHash: event.args.reasonHash, previousCost: null, cost: null, at };
    case 'ProjectRevalued':
      return { decision: 'revalued', reviewer: event.args.reviewer, reasonHash: event.args.reasonHash, previousCost: event.args.previousCost.toString(), cost: event.args.cost.toString(), at };
    default:
      return undefined;
  }
}

function applyEscrow(project: Draft, event: EscrowEvent): void {
  const at = positionOf(event);
  if (event.eventName === 'ProjectFunded') {
    const { token, from, recipient, allocation } = event.args;
    project.funding = { status: 'active', token, from, recipient, allocation: allocation.toString(), released: '0', refunded: '0', stopReasonHash: null, funded: at };
    return;
  }
  if (event.eventName === 'MilestoneScheduled') {
    // The escrow schedules a project's milestones before it announces the funding, in one transaction.
    project.milestones.push({ index: Number(event.args.index), amount: event.args.amount.toString(), descriptionHash: event.args.descriptionHash, released: false, evidenceHash: null, releasedAt: null });
    return;
  }
  const funding = project.funding;
  if (!funding) return;
  switch (event.eventName) {
    case 'MilestoneReleased': {
      const milestone = project.milestones.find((candidate) => candidate.index === Number(event.args.index));
      if (milestone) Object.assign(milestone, { released: true, evidenceHash: event.args.evidenceHash, releasedAt: at });
      funding.released = (BigInt(funding.released) + event.args.amount).toString();
      break;
    }
    case 'ProjectCompleted':
      funding.status = 'completed';
      break;
    case 'ProjectStopped':
      Object.assign(funding, { status: 'stopped', refunded: event.args.refund.toString(), stopReasonHash: event.args.reasonHash });
      break;
  }
}

/** Every project of a round, by project id. */
export function listProjects(view: IndexView, roundId: bigint, categories: readonly string[]): Promise<ProjectItem[]> {
  return view.fold(`projects:${roundId}`, async () => {
    const [roundEvents, escrowEvents, results] = await Promise.all([
      readEvents(view.db, { contract: 'rounds', names: ['ProjectSubmitted', 'ProjectAccepted', 'ProjectRejected', 'ProjectRevalued', 'ExclusiveGroupDeclared'], roundId, upTo: view.upTo }),
      readEvents(view.db, { contract: 'escrow', names: ['ProjectFunded', 'MilestoneScheduled', 'MilestoneReleased', 'ProjectCompleted', 'ProjectStopped'], roundId, upTo: view.upTo }),
      readEvents(view.db, { contract: 'results', names: ['ResultFinalised'], roundId, upTo: view.upTo }),
    ]);
    const projects = new Map<number, Draft>();
    for (const event of roundEvents) {
      if (event.eventName === 'ProjectSubmitted') {
        const { projectId, proposer, cost, category, latitude, longitude, descriptionHash } = event.args;
        projects.set(projectId, {
          roundId: roundId.toString(),
          projectId,
          proposer,
          cost: cost.toString(),
          submittedCost: cost.toString(),
          category,
          categoryName: categories[category] ?? null,
          location: latitude === 0 && longitude === 0 ? null : { latitude, longitude },
          descriptionHash,
          status: 'submitted',
          group: 0,
          reviews: [],
          selected: null,
          funding: null,
          milestones: [],
          submitted: positionOf(event),
        });
      } else if (event.eventName === 'ExclusiveGroupDeclared') {
        for (const projectId of event.args.projects) {
          const project = projects.get(projectId);
          if (project) project.group = event.args.group;
        }
      } else {
        const project = projects.get(event.args.projectId);
        const decision = review(event, positionOf(event));
        if (!project || !decision) continue;
        project.reviews.push(decision);
        if (decision.decision === 'revalued') project.cost = decision.cost!;
        else project.status = decision.decision;
      }
    }
    const final = results.at(-1);
    if (final) for (const project of projects.values()) project.selected = final.args.projects.includes(project.projectId);
    for (const event of escrowEvents) {
      const project = projects.get(event.args.projectId);
      if (project) applyEscrow(project, event);
    }
    const descriptions = await describe(view, [...projects.values()].map((project) => project.descriptionHash));
    return sortForPages([...projects.values()], projectSort).map((project) => {
        const { title, photos } = descriptions.get(project.descriptionHash.toLowerCase()) ?? noDescription;
        const { milestones, funding, ...rest } = project;
        return { ...rest, title, photos: [...photos], funding: funding && { ...funding, milestones: milestones.sort((a, b) => a.index - b.index) } };
      });
  });
}
