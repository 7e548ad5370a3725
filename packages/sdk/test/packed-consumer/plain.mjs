// Plain Node, no TypeScript and no bundler: every entry point of the installed package imports, and
// the node helpers read a polity file and a pabulib file.
import { writeFileSync } from 'node:fs';
import * as sdk from '@polity/sdk';
import * as node from '@polity/sdk/node';
import * as pabulibNode from '@polity/sdk/pabulib/node';

const file = 'polity.json';
writeFileSync(
  file,
  JSON.stringify({
    name: 'Plainville',
    polity: {
      chainId: 31337,
      registry: '0x1000000000000000000000000000000000000001',
      governor: '0x1000000000000000000000000000000000000002',
      timelock: '0x1000000000000000000000000000000000000003',
      rounds: '0x1000000000000000000000000000000000000004',
      results: '0x1000000000000000000000000000000000000005',
      escrow: '0x1000000000000000000000000000000000000006',
      deployedAtBlock: '12',
    },
  }),
);
const loaded = await node.loadPolityFile(file);

writeFileSync('tiny.pb', ['META', 'key;value', 'budget;100', 'vote_type;approval', 'PROJECTS', 'project_id;cost', '1;60', '2;50', 'VOTES', 'voter_id;vote', 'a;1', 'b;1,2', ''].join('\n'));
const election = await pabulibNode.readPabulibFile('tiny.pb');

let missing = '';
try {
  await node.loadPolityFile('missing.json');
} catch (error) {
  missing = error instanceof sdk.PolityError ? error.message : `not a PolityError: ${error}`;
}

console.log(
  JSON.stringify({
    deployedAtBlock: typeof loaded.polity.deployedAtBlock,
    registry: loaded.polity.registry,
    projects: election.projects.length,
    functions: [sdk.deployPolity, sdk.getActivity, node.startAnvil, pabulibNode.readPabulibFile].map((value) => typeof value),
    missing,
  }),
);
