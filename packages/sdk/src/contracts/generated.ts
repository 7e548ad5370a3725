//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BudgetRounds
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const budgetRoundsAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'registry_',
        internalType: 'contract ResidentRegistry',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'council', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'COUNCIL_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PROJECTS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'ROUND_MANAGER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'acceptProject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'acceptedProjects',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'next', internalType: 'enum IBudgetRounds.Phase', type: 'uint8' },
    ],
    name: 'advancePhase',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'ballotCommitment',
    outputs: [
      { name: 'commitment', internalType: 'bytes32', type: 'bytes32' },
      { name: 'ballots', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'ballotOf',
    outputs: [
      { name: 'cast', internalType: 'bool', type: 'bool' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
      { name: 'points', internalType: 'uint16[]', type: 'uint16[]' },
      { name: 'weight', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
    ],
    name: 'castBallot',
    outputs: [{ name: 'weight', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
      { name: 'points', internalType: 'uint16[]', type: 'uint16[]' },
    ],
    name: 'castChannelBallot',
    outputs: [{ name: 'weight', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
      { name: 'points', internalType: 'uint16[]', type: 'uint16[]' },
    ],
    name: 'castCumulativeBallot',
    outputs: [{ name: 'weight', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
    ],
    name: 'declareExclusiveGroup',
    outputs: [{ name: 'group', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'data', internalType: 'bytes[]', type: 'bytes[]' }],
    name: 'multicall',
    outputs: [{ name: 'results', internalType: 'bytes[]', type: 'bytes[]' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'config',
        internalType: 'struct IBudgetRounds.RoundConfig',
        type: 'tuple',
        components: [
          { name: 'token', internalType: 'contract IERC20', type: 'address' },
          { name: 'district', internalType: 'uint32', type: 'uint32' },
          { name: 'delegation', internalType: 'bool', type: 'bool' },
          { name: 'topic', internalType: 'uint8', type: 'uint8' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
          { name: 'budget', internalType: 'uint128', type: 'uint128' },
          {
            name: 'ballot',
            internalType: 'struct IBudgetRounds.BallotDesign',
            type: 'tuple',
            components: [
              {
                name: 'kind',
                internalType: 'enum IBudgetRounds.BallotKind',
                type: 'uint8',
              },
              { name: 'minProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'maxProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'minSpendBps', internalType: 'uint16', type: 'uint16' },
              { name: 'points', internalType: 'uint16', type: 'uint16' },
              {
                name: 'maxPointsPerProject',
                internalType: 'uint16',
                type: 'uint16',
              },
            ],
          },
          {
            name: 'timeline',
            internalType: 'struct IBudgetRounds.Timeline',
            type: 'tuple',
            components: [
              { name: 'reviewStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingEnd', internalType: 'uint48', type: 'uint48' },
            ],
          },
          {
            name: 'counting',
            internalType: 'struct IBudgetRounds.Counting',
            type: 'tuple',
            components: [
              {
                name: 'rule',
                internalType: 'enum IBudgetRounds.CountingRule',
                type: 'uint8',
              },
              { name: 'stopAtMisfit', internalType: 'bool', type: 'bool' },
              { name: 'minSupport', internalType: 'uint64', type: 'uint64' },
              {
                name: 'completion',
                internalType: 'enum IBudgetRounds.Completion',
                type: 'uint8',
              },
              {
                name: 'challengeWindow',
                internalType: 'uint32',
                type: 'uint32',
              },
              { name: 'challengeBond', internalType: 'uint96', type: 'uint96' },
            ],
          },
          { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
      { name: 'categories', internalType: 'string[]', type: 'string[]' },
    ],
    name: 'openRound',
    outputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'config',
        internalType: 'struct IBudgetRounds.RoundConfig',
        type: 'tuple',
        components: [
          { name: 'token', internalType: 'contract IERC20', type: 'address' },
          { name: 'district', internalType: 'uint32', type: 'uint32' },
          { name: 'delegation', internalType: 'bool', type: 'bool' },
          { name: 'topic', internalType: 'uint8', type: 'uint8' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
          { name: 'budget', internalType: 'uint128', type: 'uint128' },
          {
            name: 'ballot',
            internalType: 'struct IBudgetRounds.BallotDesign',
            type: 'tuple',
            components: [
              {
                name: 'kind',
                internalType: 'enum IBudgetRounds.BallotKind',
                type: 'uint8',
              },
              { name: 'minProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'maxProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'minSpendBps', internalType: 'uint16', type: 'uint16' },
              { name: 'points', internalType: 'uint16', type: 'uint16' },
              {
                name: 'maxPointsPerProject',
                internalType: 'uint16',
                type: 'uint16',
              },
            ],
          },
          {
            name: 'timeline',
            internalType: 'struct IBudgetRounds.Timeline',
            type: 'tuple',
            components: [
              { name: 'reviewStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingEnd', internalType: 'uint48', type: 'uint48' },
            ],
          },
          {
            name: 'counting',
            internalType: 'struct IBudgetRounds.Counting',
            type: 'tuple',
            components: [
              {
                name: 'rule',
                internalType: 'enum IBudgetRounds.CountingRule',
                type: 'uint8',
              },
              { name: 'stopAtMisfit', internalType: 'bool', type: 'bool' },
              { name: 'minSupport', internalType: 'uint64', type: 'uint64' },
              {
                name: 'completion',
                internalType: 'enum IBudgetRounds.Completion',
                type: 'uint8',
              },
              {
                name: 'challengeWindow',
                internalType: 'uint32',
                type: 'uint32',
              },
              { name: 'challengeBond', internalType: 'uint96', type: 'uint96' },
            ],
          },
          { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
      { name: 'categories', internalType: 'string[]', type: 'string[]' },
    ],
    name: 'openSecretRound',
    outputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'phaseOf',
    outputs: [
      { name: '', internalType: 'enum IBudgetRounds.Phase', type: 'uint8' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'project',
    outputs: [
      {
        name: '',
        internalType: 'struct IBudgetRounds.Project',
        type: 'tuple',
        components: [
          { name: 'cost', internalType: 'uint128', type: 'uint128' },
          { name: 'category', internalType: 'uint8', type: 'uint8' },
          {
            name: 'status',
            internalType: 'enum IBudgetRounds.ProjectStatus',
            type: 'uint8',
          },
          { name: 'group', internalType: 'uint8', type: 'uint8' },
          { name: 'latitude', internalType: 'int32', type: 'int32' },
          { name: 'longitude', internalType: 'int32', type: 'int32' },
          { name: 'proposer', internalType: 'address', type: 'address' },
          { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'projectCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'projectCounts',
    outputs: [
      {
        name: 'counts',
        internalType: 'struct IBudgetRounds.ProjectCount[]',
        type: 'tuple[]',
        components: [
          { name: 'cost', internalType: 'uint128', type: 'uint128' },
          { name: 'group', internalType: 'uint8', type: 'uint8' },
          { name: 'accepted', internalType: 'bool', type: 'bool' },
          { name: 'support', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'registry',
    outputs: [
      { name: '', internalType: 'contract ResidentRegistry', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
      { name: 'reasonHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'rejectProject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
      { name: 'cost', internalType: 'uint128', type: 'uint128' },
      { name: 'reasonHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'revalueProject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'roundConfig',
    outputs: [
      {
        name: '',
        internalType: 'struct IBudgetRounds.RoundConfig',
        type: 'tuple',
        components: [
          { name: 'token', internalType: 'contract IERC20', type: 'address' },
          { name: 'district', internalType: 'uint32', type: 'uint32' },
          { name: 'delegation', internalType: 'bool', type: 'bool' },
          { name: 'topic', internalType: 'uint8', type: 'uint8' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
          { name: 'budget', internalType: 'uint128', type: 'uint128' },
          {
            name: 'ballot',
            internalType: 'struct IBudgetRounds.BallotDesign',
            type: 'tuple',
            components: [
              {
                name: 'kind',
                internalType: 'enum IBudgetRounds.BallotKind',
                type: 'uint8',
              },
              { name: 'minProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'maxProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'minSpendBps', internalType: 'uint16', type: 'uint16' },
              { name: 'points', internalType: 'uint16', type: 'uint16' },
              {
                name: 'maxPointsPerProject',
                internalType: 'uint16',
                type: 'uint16',
              },
            ],
          },
          {
            name: 'timeline',
            internalType: 'struct IBudgetRounds.Timeline',
            type: 'tuple',
            components: [
              { name: 'reviewStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingEnd', internalType: 'uint48', type: 'uint48' },
            ],
          },
          {
            name: 'counting',
            internalType: 'struct IBudgetRounds.Counting',
            type: 'tuple',
            components: [
              {
                name: 'rule',
                internalType: 'enum IBudgetRounds.CountingRule',
                type: 'uint8',
              },
              { name: 'stopAtMisfit', internalType: 'bool', type: 'bool' },
              { name: 'minSupport', internalType: 'uint64', type: 'uint64' },
              {
                name: 'completion',
                internalType: 'enum IBudgetRounds.Completion',
                type: 'uint8',
              },
              {
                name: 'challengeWindow',
                internalType: 'uint32',
                type: 'uint32',
              },
              { name: 'challengeBond', internalType: 'uint96', type: 'uint96' },
            ],
          },
          { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'roundCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'roundLimits',
    outputs: [
      {
        name: '',
        internalType: 'struct IBudgetRounds.RoundLimits',
        type: 'tuple',
        components: [
          {
            name: 'minChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          {
            name: 'maxChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          { name: 'minChallengeBond', internalType: 'uint96', type: 'uint96' },
          { name: 'maxChallengeBond', internalType: 'uint96', type: 'uint96' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'secrecyOf',
    outputs: [
      { name: 'secret', internalType: 'bool', type: 'bool' },
      { name: 'district', internalType: 'uint32', type: 'uint32' },
      { name: 'snapshot', internalType: 'uint48', type: 'uint48' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'limits',
        internalType: 'struct IBudgetRounds.RoundLimits',
        type: 'tuple',
        components: [
          {
            name: 'minChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          {
            name: 'maxChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          { name: 'minChallengeBond', internalType: 'uint96', type: 'uint96' },
          { name: 'maxChallengeBond', internalType: 'uint96', type: 'uint96' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
        ],
      },
    ],
    name: 'setRoundLimits',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'snapshotOf',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'cost', internalType: 'uint128', type: 'uint128' },
      { name: 'category', internalType: 'uint8', type: 'uint8' },
      { name: 'latitude', internalType: 'int32', type: 'int32' },
      { name: 'longitude', internalType: 'int32', type: 'int32' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'submitProject',
    outputs: [{ name: 'projectId', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'supportOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'syncPhase',
    outputs: [
      { name: '', internalType: 'enum IBudgetRounds.Phase', type: 'uint8' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'projects',
        internalType: 'uint8[]',
        type: 'uint8[]',
        indexed: false,
      },
      {
        name: 'points',
        internalType: 'uint16[]',
        type: 'uint16[]',
        indexed: false,
      },
      {
        name: 'weight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'commitment',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'BallotCast',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'reduction',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'weight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'commitment',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'BallotWeightReduced',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      { name: 'group', internalType: 'uint8', type: 'uint8', indexed: true },
      {
        name: 'projects',
        internalType: 'uint8[]',
        type: 'uint8[]',
        indexed: false,
      },
    ],
    name: 'ExclusiveGroupDeclared',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'reviewer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'ProjectAccepted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'reviewer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'reasonHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ProjectRejected',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'reviewer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousCost',
        internalType: 'uint128',
        type: 'uint128',
        indexed: false,
      },
      {
        name: 'cost',
        internalType: 'uint128',
        type: 'uint128',
        indexed: false,
      },
      {
        name: 'reasonHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ProjectRevalued',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'proposer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'cost',
        internalType: 'uint128',
        type: 'uint128',
        indexed: false,
      },
      {
        name: 'category',
        internalType: 'uint8',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'latitude',
        internalType: 'int32',
        type: 'int32',
        indexed: false,
      },
      {
        name: 'longitude',
        internalType: 'int32',
        type: 'int32',
        indexed: false,
      },
      {
        name: 'descriptionHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ProjectSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'limits',
        internalType: 'struct IBudgetRounds.RoundLimits',
        type: 'tuple',
        components: [
          {
            name: 'minChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          {
            name: 'maxChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          { name: 'minChallengeBond', internalType: 'uint96', type: 'uint96' },
          { name: 'maxChallengeBond', internalType: 'uint96', type: 'uint96' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
        ],
        indexed: false,
      },
    ],
    name: 'RoundLimitsSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'openedBy',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'config',
        internalType: 'struct IBudgetRounds.RoundConfig',
        type: 'tuple',
        components: [
          { name: 'token', internalType: 'contract IERC20', type: 'address' },
          { name: 'district', internalType: 'uint32', type: 'uint32' },
          { name: 'delegation', internalType: 'bool', type: 'bool' },
          { name: 'topic', internalType: 'uint8', type: 'uint8' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
          { name: 'budget', internalType: 'uint128', type: 'uint128' },
          {
            name: 'ballot',
            internalType: 'struct IBudgetRounds.BallotDesign',
            type: 'tuple',
            components: [
              {
                name: 'kind',
                internalType: 'enum IBudgetRounds.BallotKind',
                type: 'uint8',
              },
              { name: 'minProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'maxProjects', internalType: 'uint16', type: 'uint16' },
              { name: 'minSpendBps', internalType: 'uint16', type: 'uint16' },
              { name: 'points', internalType: 'uint16', type: 'uint16' },
              {
                name: 'maxPointsPerProject',
                internalType: 'uint16',
                type: 'uint16',
              },
            ],
          },
          {
            name: 'timeline',
            internalType: 'struct IBudgetRounds.Timeline',
            type: 'tuple',
            components: [
              { name: 'reviewStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingStart', internalType: 'uint48', type: 'uint48' },
              { name: 'votingEnd', internalType: 'uint48', type: 'uint48' },
            ],
          },
          {
            name: 'counting',
            internalType: 'struct IBudgetRounds.Counting',
            type: 'tuple',
            components: [
              {
                name: 'rule',
                internalType: 'enum IBudgetRounds.CountingRule',
                type: 'uint8',
              },
              { name: 'stopAtMisfit', internalType: 'bool', type: 'bool' },
              { name: 'minSupport', internalType: 'uint64', type: 'uint64' },
              {
                name: 'completion',
                internalType: 'enum IBudgetRounds.Completion',
                type: 'uint8',
              },
              {
                name: 'challengeWindow',
                internalType: 'uint32',
                type: 'uint32',
              },
              { name: 'challengeBond', internalType: 'uint96', type: 'uint96' },
            ],
          },
          { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
        ],
        indexed: false,
      },
      {
        name: 'categories',
        internalType: 'string[]',
        type: 'string[]',
        indexed: false,
      },
    ],
    name: 'RoundOpened',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'phase',
        internalType: 'enum IBudgetRounds.Phase',
        type: 'uint8',
        indexed: false,
      },
      { name: 'at', internalType: 'uint48', type: 'uint48', indexed: false },
      {
        name: 'snapshot',
        internalType: 'uint48',
        type: 'uint48',
        indexed: false,
      },
    ],
    name: 'RoundPhaseChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
    ],
    name: 'SecretRoundOpened',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'AddressEmptyCode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'snapshot', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'BallotNotEligible',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
      { name: 'budget', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotOverBudget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projects', internalType: 'uint256', type: 'uint256' },
      { name: 'points', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotPointsMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotProjectNotOnBallot',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'points', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotProjectOverPointLimit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotProjectsNotAscending',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'BallotSecretRound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotSupportOverflow',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotTooFewProjects',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'total', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotTooManyPoints',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotTooManyProjects',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotUnderMinimumSpend',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
    ],
    name: 'BallotVotedOnPaper',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'kind',
        internalType: 'enum IBudgetRounds.BallotKind',
        type: 'uint8',
      },
    ],
    name: 'BallotWrongDesign',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'district', internalType: 'uint32', type: 'uint32' },
      { name: 'roundDistrict', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'BallotWrongDistrict',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'BallotZeroPoints',
  },
  {
    type: 'error',
    inputs: [
      { name: 'challengeWindow', internalType: 'uint32', type: 'uint32' },
      { name: 'challengeBond', internalType: 'uint96', type: 'uint96' },
      {
        name: 'limits',
        internalType: 'struct IBudgetRounds.RoundLimits',
        type: 'tuple',
        components: [
          {
            name: 'minChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          {
            name: 'maxChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          { name: 'minChallengeBond', internalType: 'uint96', type: 'uint96' },
          { name: 'maxChallengeBond', internalType: 'uint96', type: 'uint96' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
        ],
      },
    ],
    name: 'BudgetRoundChallengeOutsideLimits',
  },
  {
    type: 'error',
    inputs: [
      { name: 'registryClockMode', internalType: 'string', type: 'string' },
    ],
    name: 'BudgetRoundClockMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'district', internalType: 'uint32', type: 'uint32' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'BudgetRoundDistrictDelegation',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'design',
        internalType: 'struct IBudgetRounds.BallotDesign',
        type: 'tuple',
        components: [
          {
            name: 'kind',
            internalType: 'enum IBudgetRounds.BallotKind',
            type: 'uint8',
          },
          { name: 'minProjects', internalType: 'uint16', type: 'uint16' },
          { name: 'maxProjects', internalType: 'uint16', type: 'uint16' },
          { name: 'minSpendBps', internalType: 'uint16', type: 'uint16' },
          { name: 'points', internalType: 'uint16', type: 'uint16' },
          {
            name: 'maxPointsPerProject',
            internalType: 'uint16',
            type: 'uint16',
          },
        ],
      },
    ],
    name: 'BudgetRoundInvalidBallotDesign',
  },
  {
    type: 'error',
    inputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    name: 'BudgetRoundInvalidCategories',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'counting',
        internalType: 'struct IBudgetRounds.Counting',
        type: 'tuple',
        components: [
          {
            name: 'rule',
            internalType: 'enum IBudgetRounds.CountingRule',
            type: 'uint8',
          },
          { name: 'stopAtMisfit', internalType: 'bool', type: 'bool' },
          { name: 'minSupport', internalType: 'uint64', type: 'uint64' },
          {
            name: 'completion',
            internalType: 'enum IBudgetRounds.Completion',
            type: 'uint8',
          },
          { name: 'challengeWindow', internalType: 'uint32', type: 'uint32' },
          { name: 'challengeBond', internalType: 'uint96', type: 'uint96' },
        ],
      },
    ],
    name: 'BudgetRoundInvalidCounting',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'limits',
        internalType: 'struct IBudgetRounds.RoundLimits',
        type: 'tuple',
        components: [
          {
            name: 'minChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          {
            name: 'maxChallengeWindow',
            internalType: 'uint32',
            type: 'uint32',
          },
          { name: 'minChallengeBond', internalType: 'uint96', type: 'uint96' },
          { name: 'maxChallengeBond', internalType: 'uint96', type: 'uint96' },
          {
            name: 'maxSubmissionsPerResident',
            internalType: 'uint8',
            type: 'uint8',
          },
        ],
      },
    ],
    name: 'BudgetRoundInvalidLimits',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'maxSubmissionsPerResident',
        internalType: 'uint8',
        type: 'uint8',
      },
    ],
    name: 'BudgetRoundInvalidSubmissionLimit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'now_', internalType: 'uint48', type: 'uint48' },
      {
        name: 'timeline',
        internalType: 'struct IBudgetRounds.Timeline',
        type: 'tuple',
        components: [
          { name: 'reviewStart', internalType: 'uint48', type: 'uint48' },
          { name: 'votingStart', internalType: 'uint48', type: 'uint48' },
          { name: 'votingEnd', internalType: 'uint48', type: 'uint48' },
        ],
      },
    ],
    name: 'BudgetRoundInvalidTimeline',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'BudgetRoundNotRoundManager',
  },
  {
    type: 'error',
    inputs: [{ name: 'topic', internalType: 'uint8', type: 'uint8' }],
    name: 'BudgetRoundSecretDelegation',
  },
  {
    type: 'error',
    inputs: [
      {
        name: 'maxSubmissionsPerResident',
        internalType: 'uint8',
        type: 'uint8',
      },
      { name: 'limit', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'BudgetRoundSubmissionLimitTooHigh',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'BudgetRoundUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'topicCount', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'BudgetRoundUnknownTopic',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'votingEnd', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'BudgetRoundVotingCannotCloseEarly',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'current',
        internalType: 'enum IBudgetRounds.Phase',
        type: 'uint8',
      },
      {
        name: 'required',
        internalType: 'enum IBudgetRounds.Phase',
        type: 'uint8',
      },
    ],
    name: 'BudgetRoundWrongPhase',
  },
  { type: 'error', inputs: [], name: 'BudgetRoundZeroBudget' },
  { type: 'error', inputs: [], name: 'BudgetRoundZeroToken' },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'snapshot', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidTallyIneligibleVoter',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'group', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'ProjectAlreadyInGroup',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
      { name: 'budget', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectCostOverBudget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'size', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectGroupTooSmall',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'district', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'ProjectNotResident',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'maxProjects', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectRoundFull',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum IBudgetRounds.ProjectStatus',
        type: 'uint8',
      },
    ],
    name: 'ProjectStatusUnchanged',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'proposer', internalType: 'address', type: 'address' },
      { name: 'limit', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'ProjectSubmissionLimit',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectTooManyGroups',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ProjectUnknown',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'category', internalType: 'uint8', type: 'uint8' },
      { name: 'categoryCount', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'ProjectUnknownCategory',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'ProjectZeroCost',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BudgetRoundsDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const budgetRoundsDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'registry',
        internalType: 'contract ResidentRegistry',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'council', internalType: 'address', type: 'address' },
    ],
    name: 'deploy',
    outputs: [
      { name: '', internalType: 'contract BudgetRounds', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// GovernorDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const governorDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'votes', internalType: 'contract ILiquidVotes', type: 'address' },
      {
        name: 'timelock',
        internalType: 'contract TimelockController',
        type: 'address',
      },
      {
        name: 'settings',
        internalType: 'struct PolityGovernor.Settings',
        type: 'tuple',
        components: [
          { name: 'votingDelay', internalType: 'uint48', type: 'uint48' },
          { name: 'votingPeriod', internalType: 'uint32', type: 'uint32' },
          {
            name: 'proposalThreshold',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'quorumNumerator', internalType: 'uint256', type: 'uint256' },
          {
            name: 'lateQuorumExtension',
            internalType: 'uint48',
            type: 'uint48',
          },
          { name: 'guardian', internalType: 'address', type: 'address' },
        ],
      },
    ],
    name: 'deploy',
    outputs: [
      { name: '', internalType: 'contract PolityGovernor', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IERC20
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const ierc20Abi = [
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IdentityGroups
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const identityGroupsAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'registry_',
        internalType: 'contract ResidentRegistry',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CITY_GROUP',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'district', internalType: 'uint32', type: 'uint32' }],
    name: 'districtGroupOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'firstExpiry',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'group', internalType: 'uint256', type: 'uint256' }],
    name: 'groupOf',
    outputs: [
      { name: 'root', internalType: 'uint256', type: 'uint256' },
      { name: 'size', internalType: 'uint256', type: 'uint256' },
      { name: 'depth', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'identityCommitment', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'holderOf',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'identityOf',
    outputs: [
      { name: 'commitment', internalType: 'uint256', type: 'uint256' },
      { name: 'inCity', internalType: 'bool', type: 'bool' },
      { name: 'districtGroup', internalType: 'uint256', type: 'uint256' },
      { name: 'pending', internalType: 'bool', type: 'bool' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'group', internalType: 'uint256', type: 'uint256' },
      { name: 'identityCommitment', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'indexOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'group', internalType: 'uint256', type: 'uint256' },
      { name: 'timepoint', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'isMemberAt',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'joinDistrict',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'identityCommitment', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'register',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'registry',
    outputs: [
      { name: '', internalType: 'contract ResidentRegistry', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'newIdentityCommitment',
        internalType: 'uint256',
        type: 'uint256',
      },
      { name: 'citySiblings', internalType: 'uint256[]', type: 'uint256[]' },
      {
        name: 'districtSiblings',
        internalType: 'uint256[]',
        type: 'uint256[]',
      },
    ],
    name: 'replace',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'residencyChanged',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'group', internalType: 'uint256', type: 'uint256' },
      { name: 'timepoint', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'rootAt',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'group', internalType: 'uint256', type: 'uint256' },
      { name: 'snapshot', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'roundGroup',
    outputs: [
      { name: 'root', internalType: 'uint256', type: 'uint256' },
      { name: 'fixedAt', internalType: 'uint48', type: 'uint48' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'citySiblings', internalType: 'uint256[]', type: 'uint256[]' },
      {
        name: 'districtSiblings',
        internalType: 'uint256[]',
        type: 'uint256[]',
      },
    ],
    name: 'sync',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'trackedExpiryOf',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'IdentityPending',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'identityCommitment',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'previousCommitment',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'IdentityRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'inCity', internalType: 'bool', type: 'bool', indexed: false },
      {
        name: 'districtGroup',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'IdentitySynced',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'group',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'identityCommitment',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'root',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MemberAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'group',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'identityCommitment',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'root',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MemberRemoved',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'group',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'identityCommitment',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newIdentityCommitment',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'root',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MemberUpdated',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'IdentityGroupsCannotJoinDistrict',
  },
  {
    type: 'error',
    inputs: [{ name: 'commitment', internalType: 'uint256', type: 'uint256' }],
    name: 'IdentityGroupsCommitmentUnavailable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'commitment', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'IdentityGroupsIdentityExists',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'IdentityGroupsNoIdentity',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'IdentityGroupsNotRegistry',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'IdentityGroupsNotResident',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'IdentityGroupsNothingToSync',
  },
  {
    type: 'error',
    inputs: [{ name: 'pending', internalType: 'uint256', type: 'uint256' }],
    name: 'IdentityGroupsSyncPending',
  },
  { type: 'error', inputs: [], name: 'LeafAlreadyExists' },
  { type: 'error', inputs: [], name: 'LeafCannotBeZero' },
  { type: 'error', inputs: [], name: 'LeafDoesNotExist' },
  { type: 'error', inputs: [], name: 'LeafGreaterThanSnarkScalarField' },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  { type: 'error', inputs: [], name: 'WrongSiblingNodes' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IdentityGroupsDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const identityGroupsDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'registry',
        internalType: 'contract ResidentRegistry',
        type: 'address',
      },
    ],
    name: 'deploy',
    outputs: [
      { name: '', internalType: 'contract IdentityGroups', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// LiquidVotesToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const liquidVotesTokenAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'symbol', internalType: 'string', type: 'string' },
      { name: 'owner_', internalType: 'address', type: 'address' },
      { name: 'maxDepth_', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN_SEPARATOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'GENERAL_TOPIC',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DEPTH_BOUND',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DEPTH_TIMES_TOPICS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_TOPICS',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'chainAt',
    outputs: [{ name: 'chain', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'chainOf',
    outputs: [{ name: 'chain', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'delegatee', internalType: 'address', type: 'address' }],
    name: 'delegate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'delegatee', internalType: 'address', type: 'address' }],
    name: 'delegateAll',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'delegateAt',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'delegatee', internalType: 'address', type: 'address' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expiry', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'delegateBySig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'delegateOf',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'delegatee', internalType: 'address', type: 'address' },
    ],
    name: 'delegateOnTopic',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'delegates',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastBalanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'getPastTotalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxDepth',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxTopics',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxUnits',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'mint',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pastTopicVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pastTopicVotesByDepth',
    outputs: [{ name: '', internalType: 'uint256[]', type: 'uint256[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pastUnits',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'permit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'name', internalType: 'string', type: 'string' }],
    name: 'registerTopic',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'renounceOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'topicCount',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'topic', internalType: 'uint8', type: 'uint8' }],
    name: 'topicName',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'topicVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'topicVotesByDepth',
    outputs: [{ name: '', internalType: 'uint256[]', type: 'uint256[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'voterAt',
    outputs: [
      { name: 'eligible', internalType: 'bool', type: 'bool' },
      { name: 'power', internalType: 'uint256', type: 'uint256' },
      { name: 'delegated', internalType: 'uint256', type: 'uint256' },
      { name: 'delegate_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'fromDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'toDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'DelegateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DelegateVotesChanged',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'topic', internalType: 'uint8', type: 'uint8', indexed: true },
      {
        name: 'fromDelegate',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'toDelegate',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'TopicDelegateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'topic', internalType: 'uint8', type: 'uint8', indexed: true },
      { name: 'name', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'TopicRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
      { name: 'clock', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'ERC5805FutureLookup',
  },
  {
    type: 'error',
    inputs: [
      { name: 'key', internalType: 'uint256', type: 'uint256' },
      { name: 'latestKey', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'HeadCheckpointsUnorderedKey',
  },
  {
    type: 'error',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'HeadCheckpointsValueTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'delegator', internalType: 'address', type: 'address' },
      { name: 'delegatee', internalType: 'address', type: 'address' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'maxDepth', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidVotesChainTooLong',
  },
  {
    type: 'error',
    inputs: [
      { name: 'delegator', internalType: 'address', type: 'address' },
      { name: 'delegatee', internalType: 'address', type: 'address' },
    ],
    name: 'LiquidVotesDelegationCycle',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'LiquidVotesDuplicateTopic',
  },
  {
    type: 'error',
    inputs: [
      { name: 'maxDepth', internalType: 'uint256', type: 'uint256' },
      { name: 'bound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidVotesInvalidMaxDepth',
  },
  {
    type: 'error',
    inputs: [{ name: 'maxTopics', internalType: 'uint256', type: 'uint256' }],
    name: 'LiquidVotesTooManyTopics',
  },
  {
    type: 'error',
    inputs: [
      { name: 'total', internalType: 'uint256', type: 'uint256' },
      { name: 'maxUnits', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidVotesTooManyUnits',
  },
  {
    type: 'error',
    inputs: [{ name: 'topic', internalType: 'uint8', type: 'uint8' }],
    name: 'LiquidVotesUnknownTopic',
  },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnableInvalidOwner',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'OwnableUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'error',
    inputs: [{ name: 'expiry', internalType: 'uint256', type: 'uint256' }],
    name: 'VotesExpiredSignature',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// MilestoneEscrow
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const milestoneEscrowAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'results_',
        internalType: 'contract IRoundResults',
        type: 'address',
      },
      { name: 'treasury_', internalType: 'address', type: 'address' },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'council', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'COUNCIL_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_MILESTONES',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
      { name: 'recipient', internalType: 'address', type: 'address' },
      {
        name: 'milestones',
        internalType: 'struct MilestoneEscrow.Milestone[]',
        type: 'tuple[]',
        components: [
          { name: 'amount', internalType: 'uint128', type: 'uint128' },
          { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    name: 'fundProject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'grantOf',
    outputs: [
      {
        name: '',
        internalType: 'struct MilestoneEscrow.Grant',
        type: 'tuple',
        components: [
          { name: 'token', internalType: 'contract IERC20', type: 'address' },
          {
            name: 'status',
            internalType: 'enum MilestoneEscrow.GrantStatus',
            type: 'uint8',
          },
          { name: 'milestoneCount', internalType: 'uint16', type: 'uint16' },
          {
            name: 'releasedMilestones',
            internalType: 'uint16',
            type: 'uint16',
          },
          { name: 'recipient', internalType: 'address', type: 'address' },
          { name: 'allocation', internalType: 'uint128', type: 'uint128' },
          { name: 'released', internalType: 'uint128', type: 'uint128' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'milestoneOf',
    outputs: [
      {
        name: '',
        internalType: 'struct MilestoneEscrow.Milestone',
        type: 'tuple',
        components: [
          { name: 'amount', internalType: 'uint128', type: 'uint128' },
          { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'evidenceHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'releaseMilestone',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'results',
    outputs: [
      { name: '', internalType: 'contract IRoundResults', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
      { name: 'reasonHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'stopProject',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'treasury',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'recipient',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'evidenceHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'MilestoneReleased',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'descriptionHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'MilestoneScheduled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'released',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProjectCompleted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'token',
        internalType: 'contract IERC20',
        type: 'address',
        indexed: true,
      },
      {
        name: 'from',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'recipient',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'allocation',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'milestoneCount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProjectFunded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projectId',
        internalType: 'uint8',
        type: 'uint8',
        indexed: true,
      },
      {
        name: 'refund',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reasonHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ProjectStopped',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'allocation', internalType: 'uint256', type: 'uint256' },
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EscrowAllocationOverCost',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EscrowMilestoneCount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'next', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EscrowMilestoneOutOfOrder',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum MilestoneEscrow.GrantStatus',
        type: 'uint8',
      },
    ],
    name: 'EscrowProjectAlreadyFunded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum MilestoneEscrow.GrantStatus',
        type: 'uint8',
      },
    ],
    name: 'EscrowProjectNotActive',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
      { name: 'received', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EscrowTransferShortfall',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EscrowZeroMilestone',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EscrowZeroRecipient',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// MilestoneEscrowDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const milestoneEscrowDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'results',
        internalType: 'contract IRoundResults',
        type: 'address',
      },
      { name: 'treasury', internalType: 'address', type: 'address' },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'council', internalType: 'address', type: 'address' },
    ],
    name: 'deploy',
    outputs: [
      { name: '', internalType: 'contract MilestoneEscrow', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PolityAccount
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const polityAccountAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  { type: 'receive', stateMutability: 'payable' },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'entryPoint',
    outputs: [
      { name: '', internalType: 'contract IEntryPoint', type: 'address' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'mode', internalType: 'bytes32', type: 'bytes32' },
      { name: 'executionData', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'execute',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [{ name: 'key', internalType: 'uint192', type: 'uint192' }],
    name: 'getNonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getNonce',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'hash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'isValidSignature',
    outputs: [{ name: 'result', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'signer',
    outputs: [
      { name: 'qx', internalType: 'bytes32', type: 'bytes32' },
      { name: 'qy', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'supportsExecutionMode',
    outputs: [{ name: 'result', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
      { name: 'userOpHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'missingAccountFunds', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'validateUserOp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'batchExecutionIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'returndata',
        internalType: 'bytes',
        type: 'bytes',
        indexed: false,
      },
    ],
    name: 'ERC7579TryExecuteFail',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'AccountUnauthorized',
  },
  { type: 'error', inputs: [], name: 'ERC7579DecodingError' },
  {
    type: 'error',
    inputs: [{ name: 'execType', internalType: 'ExecType', type: 'bytes1' }],
    name: 'ERC7579UnsupportedExecType',
  },
  { type: 'error', inputs: [], name: 'FailedCall' },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  { type: 'error', inputs: [], name: 'OutOfRangeAccess' },
  {
    type: 'error',
    inputs: [
      { name: 'qx', internalType: 'bytes32', type: 'bytes32' },
      { name: 'qy', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'SignerP256InvalidPublicKey',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  { type: 'error', inputs: [], name: 'UnsupportedExecutionMode' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PolityAccountFactory
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const polityAccountFactoryAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [
      { name: 'x', internalType: 'bytes32', type: 'bytes32' },
      { name: 'y', internalType: 'bytes32', type: 'bytes32' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'createAccount',
    outputs: [
      {
        name: 'account',
        internalType: 'contract PolityAccount',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'implementation',
    outputs: [
      { name: '', internalType: 'contract PolityAccount', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'x', internalType: 'bytes32', type: 'bytes32' },
      { name: 'y', internalType: 'bytes32', type: 'bytes32' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'predictAddress',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'x', internalType: 'bytes32', type: 'bytes32', indexed: false },
      { name: 'y', internalType: 'bytes32', type: 'bytes32', indexed: false },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'AccountCreated',
  },
  { type: 'error', inputs: [], name: 'CloneArgumentsTooLong' },
  { type: 'error', inputs: [], name: 'Create2EmptyBytecode' },
  { type: 'error', inputs: [], name: 'FailedDeployment' },
  {
    type: 'error',
    inputs: [
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'qx', internalType: 'bytes32', type: 'bytes32' },
      { name: 'qy', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'SignerP256InvalidPublicKey',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PolityFactory
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const polityFactoryAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'deployers_',
        internalType: 'struct PolityFactory.Deployers',
        type: 'tuple',
        components: [
          {
            name: 'timelock',
            internalType: 'contract TimelockDeployer',
            type: 'address',
          },
          {
            name: 'registry',
            internalType: 'contract RegistryDeployer',
            type: 'address',
          },
          {
            name: 'governor',
            internalType: 'contract GovernorDeployer',
            type: 'address',
          },
          {
            name: 'rounds',
            internalType: 'contract BudgetRoundsDeployer',
            type: 'address',
          },
          {
            name: 'results',
            internalType: 'contract RoundResultsDeployer',
            type: 'address',
          },
          {
            name: 'escrow',
            internalType: 'contract MilestoneEscrowDeployer',
            type: 'address',
          },
          {
            name: 'identityGroups',
            internalType: 'contract IdentityGroupsDeployer',
            type: 'address',
          },
          {
            name: 'secretBallots',
            internalType: 'contract SecretBallotsDeployer',
            type: 'address',
          },
        ],
      },
      {
        name: 'verifier_',
        internalType: 'contract ISemaphoreVerifier',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'config',
        internalType: 'struct PolityFactory.PolityConfig',
        type: 'tuple',
        components: [
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'maxDepth', internalType: 'uint256', type: 'uint256' },
          { name: 'topics', internalType: 'string[]', type: 'string[]' },
          { name: 'registrar', internalType: 'address', type: 'address' },
          { name: 'council', internalType: 'address', type: 'address' },
          { name: 'timelockDelay', internalType: 'uint256', type: 'uint256' },
          {
            name: 'governor',
            internalType: 'struct PolityGovernor.Settings',
            type: 'tuple',
            components: [
              { name: 'votingDelay', internalType: 'uint48', type: 'uint48' },
              { name: 'votingPeriod', internalType: 'uint32', type: 'uint32' },
              {
                name: 'proposalThreshold',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'quorumNumerator',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'lateQuorumExtension',
                internalType: 'uint48',
                type: 'uint48',
              },
              { name: 'guardian', internalType: 'address', type: 'address' },
            ],
          },
        ],
      },
    ],
    name: 'deployPolity',
    outputs: [
      {
        name: 'polity',
        internalType: 'struct PolityFactory.Polity',
        type: 'tuple',
        components: [
          {
            name: 'registry',
            internalType: 'contract ResidentRegistry',
            type: 'address',
          },
          {
            name: 'timelock',
            internalType: 'contract TimelockController',
            type: 'address',
          },
          {
            name: 'governor',
            internalType: 'contract PolityGovernor',
            type: 'address',
          },
          {
            name: 'rounds',
            internalType: 'contract BudgetRounds',
            type: 'address',
          },
          {
            name: 'results',
            internalType: 'contract RoundResults',
            type: 'address',
          },
          {
            name: 'escrow',
            internalType: 'contract MilestoneEscrow',
            type: 'address',
          },
          {
            name: 'identityGroups',
            internalType: 'contract IdentityGroups',
            type: 'address',
          },
          {
            name: 'secretBallots',
            internalType: 'contract SecretBallots',
            type: 'address',
          },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'deployers',
    outputs: [
      {
        name: '',
        internalType: 'struct PolityFactory.Deployers',
        type: 'tuple',
        components: [
          {
            name: 'timelock',
            internalType: 'contract TimelockDeployer',
            type: 'address',
          },
          {
            name: 'registry',
            internalType: 'contract RegistryDeployer',
            type: 'address',
          },
          {
            name: 'governor',
            internalType: 'contract GovernorDeployer',
            type: 'address',
          },
          {
            name: 'rounds',
            internalType: 'contract BudgetRoundsDeployer',
            type: 'address',
          },
          {
            name: 'results',
            internalType: 'contract RoundResultsDeployer',
            type: 'address',
          },
          {
            name: 'escrow',
            internalType: 'contract MilestoneEscrowDeployer',
            type: 'address',
          },
          {
            name: 'identityGroups',
            internalType: 'contract IdentityGroupsDeployer',
            type: 'address',
          },
          {
            name: 'secretBallots',
            internalType: 'contract SecretBallotsDeployer',
            type: 'address',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifier',
    outputs: [
      {
        name: '',
        internalType: 'contract ISemaphoreVerifier',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'deployedBy',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'name', internalType: 'string', type: 'string', indexed: false },
      {
        name: 'polity',
        internalType: 'struct PolityFactory.Polity',
        type: 'tuple',
        components: [
          {
            name: 'registry',
            internalType: 'contract ResidentRegistry',
            type: 'address',
          },
          {
            name: 'timelock',
            internalType: 'contract TimelockController',
            type: 'address',
          },
          {
            name: 'governor',
            internalType: 'contract PolityGovernor',
            type: 'address',
          },
          {
            name: 'rounds',
            internalType: 'contract BudgetRounds',
            type: 'address',
          },
          {
            name: 'results',
            internalType: 'contract RoundResults',
            type: 'address',
          },
          {
            name: 'escrow',
            internalType: 'contract MilestoneEscrow',
            type: 'address',
          },
          {
            name: 'identityGroups',
            internalType: 'contract IdentityGroups',
            type: 'address',
          },
          {
            name: 'secretBallots',
            internalType: 'contract SecretBallots',
            type: 'address',
          },
        ],
        indexed: false,
      },
    ],
    name: 'PolityDeployed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PolityGovernor
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const polityGovernorAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'votes', internalType: 'contract ILiquidVotes', type: 'address' },
      {
        name: 'timelock',
        internalType: 'contract TimelockController',
        type: 'address',
      },
      {
        name: 'settings',
        internalType: 'struct PolityGovernor.Settings',
        type: 'tuple',
        components: [
          { name: 'votingDelay', internalType: 'uint48', type: 'uint48' },
          { name: 'votingPeriod', internalType: 'uint32', type: 'uint32' },
          {
            name: 'proposalThreshold',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'quorumNumerator', internalType: 'uint256', type: 'uint256' },
          {
            name: 'lateQuorumExtension',
            internalType: 'uint48',
            type: 'uint48',
          },
          { name: 'guardian', internalType: 'address', type: 'address' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'receive', stateMutability: 'payable' },
  {
    type: 'function',
    inputs: [],
    name: 'BALLOT_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'COUNTING_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EXTENDED_BALLOT_TYPEHASH',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'cancel',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'castVote',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'castVoteBySig',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'reason', internalType: 'string', type: 'string' },
    ],
    name: 'castVoteWithReason',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'reason', internalType: 'string', type: 'string' },
      { name: 'params', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParams',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'reason', internalType: 'string', type: 'string' },
      { name: 'params', internalType: 'bytes', type: 'bytes' },
      { name: 'signature', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'castVoteWithReasonAndParamsBySig',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'getProposalId',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
      { name: 'params', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'getVotesWithParams',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasVoted',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashProposal',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [],
    name: 'lateQuorumVoteExtension',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    name: 'onlyRemovesGuardian',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalDeadline',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalEta',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'proposalGuardian',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalNeedsQueuing',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalProposer',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalSequence',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalSnapshot',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'proposalThreshold',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalTopic',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'proposalVotes',
    outputs: [
      { name: 'againstVotes', internalType: 'uint256', type: 'uint256' },
      { name: 'forVotes', internalType: 'uint256', type: 'uint256' },
      { name: 'abstainVotes', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'description', internalType: 'string', type: 'string' },
    ],
    name: 'propose',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'description', internalType: 'string', type: 'string' },
    ],
    name: 'proposeOnTopic',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'calldatas', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'descriptionHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'queue',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'quorum',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'quorumDenominator',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'quorumNumerator',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'quorumNumerator',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'relay',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newVoteExtension', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'setLateQuorumVoteExtension',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newProposalGuardian', internalType: 'address', type: 'address' },
    ],
    name: 'setProposalGuardian',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'newProposalThreshold',
        internalType: 'uint256',
        type: 'uint256',
      },
    ],
    name: 'setProposalThreshold',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newVotingDelay', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'setVotingDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newVotingPeriod', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'setVotingPeriod',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'state',
    outputs: [
      { name: '', internalType: 'enum IGovernor.ProposalState', type: 'uint8' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'timelock',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'token',
    outputs: [{ name: '', internalType: 'contract IERC5805', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'newQuorumNumerator', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'updateQuorumNumerator',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'newTimelock',
        internalType: 'contract TimelockController',
        type: 'address',
      },
    ],
    name: 'updateTimelock',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'version',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'voteReceipt',
    outputs: [
      { name: 'voted', internalType: 'bool', type: 'bool' },
      { name: 'support', internalType: 'uint8', type: 'uint8' },
      { name: 'weight', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'votingDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'votingPeriod',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldVoteExtension',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'newVoteExtension',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'LateQuorumVoteExtensionSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalCanceled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'codeHashes',
        internalType: 'bytes32[]',
        type: 'bytes32[]',
        indexed: false,
      },
    ],
    name: 'ProposalCodePinned',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'proposer',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'targets',
        internalType: 'address[]',
        type: 'address[]',
        indexed: false,
      },
      {
        name: 'values',
        internalType: 'uint256[]',
        type: 'uint256[]',
        indexed: false,
      },
      {
        name: 'signatures',
        internalType: 'string[]',
        type: 'string[]',
        indexed: false,
      },
      {
        name: 'calldatas',
        internalType: 'bytes[]',
        type: 'bytes[]',
        indexed: false,
      },
      {
        name: 'voteStart',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'voteEnd',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'description',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ProposalCreated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalExecuted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'extendedDeadline',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'ProposalExtended',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldProposalGuardian',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'newProposalGuardian',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'ProposalGuardianSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'etaSeconds',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalQueued',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldProposalThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newProposalThreshold',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProposalThresholdSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      { name: 'topic', internalType: 'uint8', type: 'uint8', indexed: false },
    ],
    name: 'ProposalTopicSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldQuorumNumerator',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newQuorumNumerator',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'QuorumNumeratorUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldTimelock',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'newTimelock',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'TimelockChange',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'support', internalType: 'uint8', type: 'uint8', indexed: false },
      {
        name: 'weight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reason',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'VoteCast',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'voter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'support', internalType: 'uint8', type: 'uint8', indexed: false },
      {
        name: 'weight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reason',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
      { name: 'params', internalType: 'bytes', type: 'bytes', indexed: false },
    ],
    name: 'VoteCastWithParams',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'proposalId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'support', internalType: 'uint8', type: 'uint8', indexed: false },
      {
        name: 'weight',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VoteReduced',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldVotingDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotingDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VotingDelaySet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldVotingPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotingPeriod',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'VotingPeriodSet',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ERC6372InconsistentClock' },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [{ name: 'voter', internalType: 'address', type: 'address' }],
    name: 'GovernorAlreadyCastVote',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorAlreadyQueuedProposal',
  },
  { type: 'error', inputs: [], name: 'GovernorDisabledDeposit' },
  {
    type: 'error',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'guardian', internalType: 'address', type: 'address' },
    ],
    name: 'GovernorGuardianRemovalNotCancellable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'proposer', internalType: 'address', type: 'address' },
      { name: 'votes', internalType: 'uint256', type: 'uint256' },
      { name: 'threshold', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInsufficientProposerVotes',
  },
  {
    type: 'error',
    inputs: [
      { name: 'targets', internalType: 'uint256', type: 'uint256' },
      { name: 'calldatas', internalType: 'uint256', type: 'uint256' },
      { name: 'values', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInvalidProposalLength',
  },
  {
    type: 'error',
    inputs: [
      { name: 'quorumNumerator', internalType: 'uint256', type: 'uint256' },
      { name: 'quorumDenominator', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInvalidQuorumFraction',
  },
  {
    type: 'error',
    inputs: [{ name: 'voter', internalType: 'address', type: 'address' }],
    name: 'GovernorInvalidSignature',
  },
  { type: 'error', inputs: [], name: 'GovernorInvalidVoteParams' },
  { type: 'error', inputs: [], name: 'GovernorInvalidVoteType' },
  {
    type: 'error',
    inputs: [
      { name: 'votingPeriod', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorInvalidVotingPeriod',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorNonexistentProposal',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'GovernorOnlyExecutor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'newVoteExtension', internalType: 'uint256', type: 'uint256' },
      { name: 'maxVoteExtension', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GovernorPreventLateQuorumVoteExtensionTooLarge',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorProposalQueueingFailed',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposalId', internalType: 'uint256', type: 'uint256' }],
    name: 'GovernorProposalQueueingNotRequired',
  },
  {
    type: 'error',
    inputs: [{ name: 'proposer', internalType: 'address', type: 'address' }],
    name: 'GovernorRestrictedProposer',
  },
  {
    type: 'error',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'pinned', internalType: 'bytes32', type: 'bytes32' },
      { name: 'current', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'GovernorTargetCodeChanged',
  },
  {
    type: 'error',
    inputs: [
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'described', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'GovernorTopicNotInDescription',
  },
  {
    type: 'error',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'GovernorUnableToCancel',
  },
  {
    type: 'error',
    inputs: [
      { name: 'proposalId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'current',
        internalType: 'enum IGovernor.ProposalState',
        type: 'uint8',
      },
      { name: 'expectedStates', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'GovernorUnexpectedProposalState',
  },
  {
    type: 'error',
    inputs: [{ name: 'topic', internalType: 'uint8', type: 'uint8' }],
    name: 'GovernorUnknownTopic',
  },
  {
    type: 'error',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'selector', internalType: 'bytes4', type: 'bytes4' },
    ],
    name: 'GovernorUnpinnableCall',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'voter', internalType: 'address', type: 'address' },
      { name: 'snapshot', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidTallyIneligibleVoter',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// PolityPaymaster
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const polityPaymasterAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'registry_',
        internalType: 'contract ResidentRegistry',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'signerManager', internalType: 'address', type: 'address' },
      { name: 'approvalSigner', internalType: 'address', type: 'address' },
      { name: 'sponsored', internalType: 'address[]', type: 'address[]' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_SPONSORED_TARGETS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'SIGNER_MANAGER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'unstakeDelaySec', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'addStake',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'deposit',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'entryPoint',
    outputs: [
      { name: '', internalType: 'contract IEntryPoint', type: 'address' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'target', internalType: 'address', type: 'address' }],
    name: 'isSponsoredTarget',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'mode',
        internalType: 'enum IPaymaster.PostOpMode',
        type: 'uint8',
      },
      { name: 'context', internalType: 'bytes', type: 'bytes' },
      { name: 'actualGasCost', internalType: 'uint256', type: 'uint256' },
      {
        name: 'actualUserOpFeePerGas',
        internalType: 'uint256',
        type: 'uint256',
      },
    ],
    name: 'postOp',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'registry',
    outputs: [
      { name: '', internalType: 'contract ResidentRegistry', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newSigner', internalType: 'address', type: 'address' }],
    name: 'setSigner',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'signer',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'sponsoredTargets',
    outputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'unlockStake',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'userOp',
        internalType: 'struct PackedUserOperation',
        type: 'tuple',
        components: [
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'nonce', internalType: 'uint256', type: 'uint256' },
          { name: 'initCode', internalType: 'bytes', type: 'bytes' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
          {
            name: 'accountGasLimits',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          {
            name: 'preVerificationGas',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'gasFees', internalType: 'bytes32', type: 'bytes32' },
          { name: 'paymasterAndData', internalType: 'bytes', type: 'bytes' },
          { name: 'signature', internalType: 'bytes', type: 'bytes' },
        ],
      },
      { name: 'userOpHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'maxCost', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'validatePaymasterUserOp',
    outputs: [
      { name: 'context', internalType: 'bytes', type: 'bytes' },
      { name: 'validationData', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address payable', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'withdraw',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'to', internalType: 'address payable', type: 'address' }],
    name: 'withdrawStake',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousSigner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newSigner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'ApprovalSignerChanged',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'sponsored', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'SponsoredTargetSet',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ERC7579DecodingError' },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  { type: 'error', inputs: [], name: 'OutOfRangeAccess' },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'PaymasterUnauthorized',
  },
  {
    type: 'error',
    inputs: [{ name: 'selector', internalType: 'bytes4', type: 'bytes4' }],
    name: 'PolityPaymasterNotAnExecution',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'PolityPaymasterNotResident',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'target', internalType: 'address', type: 'address' },
    ],
    name: 'PolityPaymasterTargetNotSponsored',
  },
  {
    type: 'error',
    inputs: [
      { name: 'count', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'PolityPaymasterTooManyTargets',
  },
  {
    type: 'error',
    inputs: [{ name: 'mode', internalType: 'bytes32', type: 'bytes32' }],
    name: 'PolityPaymasterUnsupportedMode',
  },
  {
    type: 'error',
    inputs: [
      { name: 'index', internalType: 'uint256', type: 'uint256' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'PolityPaymasterValueNotSponsored',
  },
  { type: 'error', inputs: [], name: 'PolityPaymasterZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// RegistryDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const registryDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'maxDepth', internalType: 'uint256', type: 'uint256' },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'registrar', internalType: 'address', type: 'address' },
      { name: 'topics', internalType: 'string[]', type: 'string[]' },
    ],
    name: 'deploy',
    outputs: [
      { name: '', internalType: 'contract ResidentRegistry', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ResidentRegistry
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const residentRegistryAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'maxDepth_', internalType: 'uint256', type: 'uint256' },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'registrar', internalType: 'address', type: 'address' },
      { name: 'topics', internalType: 'string[]', type: 'string[]' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'CLOCK_MODE',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'GENERAL_TOPIC',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DEPTH_BOUND',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DEPTH_TIMES_TOPICS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_TOPICS',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'REGISTRAR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'admissions',
        internalType: 'struct ResidentRegistry.Admission[]',
        type: 'tuple[]',
        components: [
          { name: 'account', internalType: 'address', type: 'address' },
          { name: 'credential', internalType: 'bytes32', type: 'bytes32' },
          { name: 'district', internalType: 'uint32', type: 'uint32' },
          { name: 'expiresAt', internalType: 'uint48', type: 'uint48' },
        ],
      },
    ],
    name: 'admit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'chainAt',
    outputs: [{ name: 'chain', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'chainOf',
    outputs: [{ name: 'chain', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'clock',
    outputs: [{ name: '', internalType: 'uint48', type: 'uint48' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'credential', internalType: 'bytes32', type: 'bytes32' }],
    name: 'credentialHolder',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'delegatee', internalType: 'address', type: 'address' }],
    name: 'delegate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'delegatee', internalType: 'address', type: 'address' }],
    name: 'delegateAll',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'delegateAt',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'delegatee', internalType: 'address', type: 'address' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
      { name: 'expiry', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'delegateBySig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'delegateOf',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'delegatee', internalType: 'address', type: 'address' },
    ],
    name: 'delegateOnTopic',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'delegates',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'districtAt',
    outputs: [
      { name: 'district', internalType: 'uint32', type: 'uint32' },
      { name: 'eligible', internalType: 'bool', type: 'bool' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'expire',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'timepoint', internalType: 'uint256', type: 'uint256' }],
    name: 'getPastTotalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getPastVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'getVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'identityGroups',
    outputs: [
      {
        name: '',
        internalType: 'contract IIdentityGroupsHook',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'isResident',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxDepth',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxTopics',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxUnits',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pastTopicVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pastTopicVotesByDepth',
    outputs: [{ name: '', internalType: 'uint256[]', type: 'uint256[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'pastUnits',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'name', internalType: 'string', type: 'string' }],
    name: 'registerTopic',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'residencyAt',
    outputs: [
      { name: 'member', internalType: 'bool', type: 'bool' },
      { name: 'expiresAt', internalType: 'uint48', type: 'uint48' },
      { name: 'district', internalType: 'uint32', type: 'uint32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'residencyOf',
    outputs: [
      { name: 'member', internalType: 'bool', type: 'bool' },
      { name: 'expiresAt', internalType: 'uint48', type: 'uint48' },
      { name: 'district', internalType: 'uint32', type: 'uint32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'residentCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
      { name: 'reason', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'revoke',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'identityGroups_',
        internalType: 'contract IIdentityGroupsHook',
        type: 'address',
      },
    ],
    name: 'setIdentityGroups',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'holder', internalType: 'bool', type: 'bool' },
    ],
    name: 'setIdentityHolder',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'topicCount',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'topic', internalType: 'uint8', type: 'uint8' }],
    name: 'topicName',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'topicVotes',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'topicVotesByDepth',
    outputs: [{ name: '', internalType: 'uint256[]', type: 'uint256[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'voterAt',
    outputs: [
      { name: 'eligible', internalType: 'bool', type: 'bool' },
      { name: 'power', internalType: 'uint256', type: 'uint256' },
      { name: 'delegated', internalType: 'uint256', type: 'uint256' },
      { name: 'delegate_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'fromDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'toDelegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'DelegateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegate',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'previousVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newVotes',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'DelegateVotesChanged',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'identityGroups',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'IdentityGroupsSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'credential',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'district',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint48',
        type: 'uint48',
        indexed: false,
      },
    ],
    name: 'ResidentAdmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'expiredAt',
        internalType: 'uint48',
        type: 'uint48',
        indexed: false,
      },
    ],
    name: 'ResidentExpired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'credential',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'district',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'expiresAt',
        internalType: 'uint48',
        type: 'uint48',
        indexed: false,
      },
    ],
    name: 'ResidentRenewed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'reason',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ResidentRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'delegator',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'topic', internalType: 'uint8', type: 'uint8', indexed: true },
      {
        name: 'fromDelegate',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'toDelegate',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'TopicDelegateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'topic', internalType: 'uint8', type: 'uint8', indexed: true },
      { name: 'name', internalType: 'string', type: 'string', indexed: false },
    ],
    name: 'TopicRegistered',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'CheckpointUnorderedInsertion' },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'timepoint', internalType: 'uint256', type: 'uint256' },
      { name: 'clock', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'ERC5805FutureLookup',
  },
  {
    type: 'error',
    inputs: [
      { name: 'key', internalType: 'uint256', type: 'uint256' },
      { name: 'latestKey', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'HeadCheckpointsUnorderedKey',
  },
  {
    type: 'error',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'HeadCheckpointsValueTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [
      { name: 'delegator', internalType: 'address', type: 'address' },
      { name: 'delegatee', internalType: 'address', type: 'address' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'maxDepth', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidVotesChainTooLong',
  },
  {
    type: 'error',
    inputs: [
      { name: 'delegator', internalType: 'address', type: 'address' },
      { name: 'delegatee', internalType: 'address', type: 'address' },
    ],
    name: 'LiquidVotesDelegationCycle',
  },
  {
    type: 'error',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'topic', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'LiquidVotesDuplicateTopic',
  },
  {
    type: 'error',
    inputs: [
      { name: 'maxDepth', internalType: 'uint256', type: 'uint256' },
      { name: 'bound', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidVotesInvalidMaxDepth',
  },
  {
    type: 'error',
    inputs: [{ name: 'maxTopics', internalType: 'uint256', type: 'uint256' }],
    name: 'LiquidVotesTooManyTopics',
  },
  {
    type: 'error',
    inputs: [
      { name: 'total', internalType: 'uint256', type: 'uint256' },
      { name: 'maxUnits', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LiquidVotesTooManyUnits',
  },
  {
    type: 'error',
    inputs: [{ name: 'topic', internalType: 'uint8', type: 'uint8' }],
    name: 'LiquidVotesUnknownTopic',
  },
  {
    type: 'error',
    inputs: [
      { name: 'credential', internalType: 'bytes32', type: 'bytes32' },
      { name: 'holder', internalType: 'address', type: 'address' },
    ],
    name: 'ResidentRegistryCredentialInUse',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'expiresAt', internalType: 'uint48', type: 'uint48' },
      { name: 'now_', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'ResidentRegistryExpiryInPast',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'ResidentRegistryIdentityGroups',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ResidentRegistryMissingCredential',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'expiresAt', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'ResidentRegistryNotExpired',
  },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ResidentRegistryNotResident',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ResidentRegistryZeroAddress',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
  {
    type: 'error',
    inputs: [{ name: 'expiry', internalType: 'uint256', type: 'uint256' }],
    name: 'VotesExpiredSignature',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// RoundResults
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const roundResultsAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'rounds_',
        internalType: 'contract IBudgetRounds',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'council', internalType: 'address', type: 'address' },
      { name: 'treasury_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'COUNCIL_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'bondRefundOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'challengeOf',
    outputs: [
      { name: 'challenger', internalType: 'address', type: 'address' },
      { name: 'bond', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'reasonHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'challengeOutcome',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'finaliseGreedy',
    outputs: [{ name: 'projects', internalType: 'uint8[]', type: 'uint8[]' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'finaliseOutcome',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'fundingTerms',
    outputs: [
      { name: 'token', internalType: 'contract IERC20', type: 'address' },
      { name: 'cost', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'isSelected',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
      {
        name: 'completion',
        internalType: 'enum IBudgetRounds.Completion',
        type: 'uint8',
      },
      { name: 'ballotCommitment', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'proposeOutcome',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'upheld', internalType: 'bool', type: 'bool' },
      { name: 'reasonHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'resolveChallenge',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'resultOf',
    outputs: [
      {
        name: '',
        internalType: 'struct IRoundResults.Result',
        type: 'tuple',
        components: [
          {
            name: 'status',
            internalType: 'enum IRoundResults.ResultStatus',
            type: 'uint8',
          },
          { name: 'challengeEnd', internalType: 'uint48', type: 'uint48' },
          { name: 'spent', internalType: 'uint128', type: 'uint128' },
          { name: 'selected', internalType: 'uint256', type: 'uint256' },
          {
            name: 'ballotCommitment',
            internalType: 'bytes32',
            type: 'bytes32',
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'rounds',
    outputs: [
      { name: '', internalType: 'contract IBudgetRounds', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'selectedProjects',
    outputs: [{ name: '', internalType: 'uint8[]', type: 'uint8[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'treasury',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'withdrawBond',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'challenger',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'BondWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'challenger',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'bond',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reasonHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChallengeRejected',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'challenger',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'bond',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reasonHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ChallengeUpheld',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'challengeEnd',
        internalType: 'uint48',
        type: 'uint48',
        indexed: false,
      },
    ],
    name: 'ChallengeWindowReopened',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'challenger',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'bond',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'reasonHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'OutcomeChallenged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'proposer',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'projects',
        internalType: 'uint8[]',
        type: 'uint8[]',
        indexed: false,
      },
      {
        name: 'spent',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'completion',
        internalType: 'enum IBudgetRounds.Completion',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'ballotCommitment',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'challengeEnd',
        internalType: 'uint48',
        type: 'uint48',
        indexed: false,
      },
    ],
    name: 'OutcomeProposed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'projects',
        internalType: 'uint8[]',
        type: 'uint8[]',
        indexed: false,
      },
      {
        name: 'spent',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'ballotCommitment',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'ResultFinalised',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
      { name: 'support', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'GreedySupportTooLarge',
  },
  {
    type: 'error',
    inputs: [
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'challengeEnd', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'OutcomeChallengeWindowClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'challengeEnd', internalType: 'uint48', type: 'uint48' },
    ],
    name: 'OutcomeChallengeWindowOpen',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'given', internalType: 'bytes32', type: 'bytes32' },
      { name: 'onChain', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'OutcomeCommitmentMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'given',
        internalType: 'enum IBudgetRounds.Completion',
        type: 'uint8',
      },
      {
        name: 'round',
        internalType: 'enum IBudgetRounds.Completion',
        type: 'uint8',
      },
    ],
    name: 'OutcomeCompletionMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'group', internalType: 'uint8', type: 'uint8' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OutcomeExclusiveGroupConflict',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'spent', internalType: 'uint256', type: 'uint256' },
      { name: 'budget', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OutcomeOverBudget',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OutcomeProjectNotEligible',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'previous', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OutcomeProjectsNotAscending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'sent', internalType: 'uint256', type: 'uint256' },
      { name: 'bond', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'OutcomeWrongBond',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'ResultNothingToWithdraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projectId', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ResultProjectNotFunded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'phase',
        internalType: 'enum IBudgetRounds.Phase',
        type: 'uint8',
      },
    ],
    name: 'ResultVotingNotClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'rule',
        internalType: 'enum IBudgetRounds.CountingRule',
        type: 'uint8',
      },
    ],
    name: 'ResultWrongRule',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'status',
        internalType: 'enum IRoundResults.ResultStatus',
        type: 'uint8',
      },
    ],
    name: 'ResultWrongStatus',
  },
  {
    type: 'error',
    inputs: [
      { name: 'bits', internalType: 'uint8', type: 'uint8' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SafeCastOverflowedUintDowncast',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// RoundResultsDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const roundResultsDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'rounds',
        internalType: 'contract IBudgetRounds',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'council', internalType: 'address', type: 'address' },
      { name: 'treasury', internalType: 'address', type: 'address' },
    ],
    name: 'deploy',
    outputs: [
      { name: '', internalType: 'contract RoundResults', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// SecretBallots
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const secretBallotsAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'rounds_',
        internalType: 'contract IBudgetRounds',
        type: 'address',
      },
      {
        name: 'groups_',
        internalType: 'contract IdentityGroups',
        type: 'address',
      },
      {
        name: 'verifier_',
        internalType: 'contract ISemaphoreVerifier',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'POLLING_STATION_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'nullifier', internalType: 'uint256', type: 'uint256' }],
    name: 'ballotKeyOf',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
      { name: 'points', internalType: 'uint16[]', type: 'uint16[]' },
      { name: 'revision', internalType: 'uint256', type: 'uint256' },
      {
        name: 'proof',
        internalType: 'struct ISemaphore.SemaphoreProof',
        type: 'tuple',
        components: [
          { name: 'merkleTreeDepth', internalType: 'uint256', type: 'uint256' },
          { name: 'merkleTreeRoot', internalType: 'uint256', type: 'uint256' },
          { name: 'nullifier', internalType: 'uint256', type: 'uint256' },
          { name: 'message', internalType: 'uint256', type: 'uint256' },
          { name: 'scope', internalType: 'uint256', type: 'uint256' },
          { name: 'points', internalType: 'uint256[8]', type: 'uint256[8]' },
        ],
      },
    ],
    name: 'castSecretBallot',
    outputs: [{ name: 'weight', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'resident', internalType: 'address', type: 'address' },
      { name: 'recordHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'checkInPaperVoter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'components',
    outputs: [
      { name: '', internalType: 'contract IBudgetRounds', type: 'address' },
      { name: '', internalType: 'contract IdentityGroups', type: 'address' },
      {
        name: '',
        internalType: 'contract ISemaphoreVerifier',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'resident', internalType: 'address', type: 'address' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
      { name: 'points', internalType: 'uint16[]', type: 'uint16[]' },
      { name: 'recordHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'enterPaperBallot',
    outputs: [{ name: 'weight', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'ballots',
        internalType: 'struct SecretBallots.PaperBallot[]',
        type: 'tuple[]',
        components: [
          { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
          { name: 'points', internalType: 'uint16[]', type: 'uint16[]' },
        ],
      },
      { name: 'recordHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'enterPaperBallots',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'revision', internalType: 'uint256', type: 'uint256' },
      { name: 'projects', internalType: 'uint8[]', type: 'uint8[]' },
      { name: 'points', internalType: 'uint16[]', type: 'uint16[]' },
    ],
    name: 'messageOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'station', internalType: 'address', type: 'address' },
      { name: 'index', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'paperKeyOf',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'nullifier', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'revisionOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'roundGroupOf',
    outputs: [
      { name: 'group', internalType: 'uint256', type: 'uint256' },
      { name: 'root', internalType: 'uint256', type: 'uint256' },
      { name: 'fixedAt', internalType: 'uint48', type: 'uint48' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'scopeOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'station', internalType: 'address', type: 'address' },
    ],
    name: 'stationCount',
    outputs: [
      { name: 'checkedIn', internalType: 'uint256', type: 'uint256' },
      { name: 'entered', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'resident', internalType: 'address', type: 'address' },
    ],
    name: 'votedOnPaper',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'station',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'resident',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'recordHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'PaperBallotEntered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'station',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'firstIndex',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'count',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'recordHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'PaperBallotsEntered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'station',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'resident',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'recordHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'PaperVoterCheckedIn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'roundId',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'nullifier',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'ballotKey',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'revision',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SecretBallotCast',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'resident', internalType: 'address', type: 'address' },
    ],
    name: 'SecretBallotsAlreadyCheckedIn',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'SecretBallotsGroupNotFixed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'nullifier', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SecretBallotsInvalidProof',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'SecretBallotsNoSnapshot',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'resident', internalType: 'address', type: 'address' },
    ],
    name: 'SecretBallotsNotEligible',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'SecretBallotsNotPublic',
  },
  {
    type: 'error',
    inputs: [{ name: 'roundId', internalType: 'uint256', type: 'uint256' }],
    name: 'SecretBallotsNotSecret',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'nullifier', internalType: 'uint256', type: 'uint256' },
      { name: 'revision', internalType: 'uint256', type: 'uint256' },
      { name: 'counted', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SecretBallotsStaleRevision',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'station', internalType: 'address', type: 'address' },
      { name: 'checkedIn', internalType: 'uint256', type: 'uint256' },
      { name: 'entered', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SecretBallotsTooManyPaperBallots',
  },
  {
    type: 'error',
    inputs: [{ name: 'depth', internalType: 'uint256', type: 'uint256' }],
    name: 'SecretBallotsUnsupportedDepth',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'resident', internalType: 'address', type: 'address' },
    ],
    name: 'SecretBallotsVotesOnline',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'message', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SecretBallotsWrongMessage',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      {
        name: 'phase',
        internalType: 'enum IBudgetRounds.Phase',
        type: 'uint8',
      },
    ],
    name: 'SecretBallotsWrongPhase',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'root', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SecretBallotsWrongRoot',
  },
  {
    type: 'error',
    inputs: [
      { name: 'roundId', internalType: 'uint256', type: 'uint256' },
      { name: 'scope', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'SecretBallotsWrongScope',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// SecretBallotsDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const secretBallotsDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'rounds',
        internalType: 'contract IBudgetRounds',
        type: 'address',
      },
      {
        name: 'groups',
        internalType: 'contract IdentityGroups',
        type: 'address',
      },
      {
        name: 'verifier',
        internalType: 'contract ISemaphoreVerifier',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    name: 'deploy',
    outputs: [
      { name: '', internalType: 'contract SecretBallots', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// SemaphoreVerifier
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const semaphoreVerifierAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [
      { name: '_pA', internalType: 'uint256[2]', type: 'uint256[2]' },
      { name: '_pB', internalType: 'uint256[2][2]', type: 'uint256[2][2]' },
      { name: '_pC', internalType: 'uint256[2]', type: 'uint256[2]' },
      { name: '_pubSignals', internalType: 'uint256[4]', type: 'uint256[4]' },
      { name: 'merkleTreeDepth', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'verifyProof',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'error',
    inputs: [
      { name: 'actual', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'Semaphore__VKPtBytesMaxDepthInvariantViolated',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TimelockController
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const timelockControllerAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
      { name: 'proposers', internalType: 'address[]', type: 'address[]' },
      { name: 'executors', internalType: 'address[]', type: 'address[]' },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  { type: 'receive', stateMutability: 'payable' },
  {
    type: 'function',
    inputs: [],
    name: 'CANCELLER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EXECUTOR_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PROPOSER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'cancel',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'payload', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'execute',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'executeBatch',
    outputs: [],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getMinDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getOperationState',
    outputs: [
      {
        name: '',
        internalType: 'enum TimelockController.OperationState',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getTimestamp',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperation',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'hashOperationBatch',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperation',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationDone',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationPending',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'id', internalType: 'bytes32', type: 'bytes32' }],
    name: 'isOperationReady',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'uint256[]', type: 'uint256[]' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155BatchReceived',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC1155Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint256', type: 'uint256' },
      { name: '', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'onERC721Received',
    outputs: [{ name: '', internalType: 'bytes4', type: 'bytes4' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'target', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'data', internalType: 'bytes', type: 'bytes' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'schedule',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'targets', internalType: 'address[]', type: 'address[]' },
      { name: 'values', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'payloads', internalType: 'bytes[]', type: 'bytes[]' },
      { name: 'predecessor', internalType: 'bytes32', type: 'bytes32' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'scheduleBatch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newDelay', internalType: 'uint256', type: 'uint256' }],
    name: 'updateDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
    ],
    name: 'CallExecuted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'salt',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'CallSalt',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'index',
        internalType: 'uint256',
        type: 'uint256',
        indexed: true,
      },
      {
        name: 'target',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'data', internalType: 'bytes', type: 'bytes', indexed: false },
      {
        name: 'predecessor',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
      {
        name: 'delay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CallScheduled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'id', internalType: 'bytes32', type: 'bytes32', indexed: true },
    ],
    name: 'Cancelled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newDuration',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MinDelayChange',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'FailedCall' },
  {
    type: 'error',
    inputs: [
      { name: 'delay', internalType: 'uint256', type: 'uint256' },
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInsufficientDelay',
  },
  {
    type: 'error',
    inputs: [
      { name: 'targets', internalType: 'uint256', type: 'uint256' },
      { name: 'payloads', internalType: 'uint256', type: 'uint256' },
      { name: 'values', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'TimelockInvalidOperationLength',
  },
  {
    type: 'error',
    inputs: [{ name: 'caller', internalType: 'address', type: 'address' }],
    name: 'TimelockUnauthorizedCaller',
  },
  {
    type: 'error',
    inputs: [
      { name: 'predecessorId', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexecutedPredecessor',
  },
  {
    type: 'error',
    inputs: [
      { name: 'operationId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'expectedStates', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'TimelockUnexpectedOperationState',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// TimelockDeployer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const timelockDeployerAbi = [
  { type: 'constructor', inputs: [], stateMutability: 'nonpayable' },
  {
    type: 'function',
    inputs: [],
    name: 'creationCode',
    outputs: [{ name: '', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'creationCodeHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'minDelay', internalType: 'uint256', type: 'uint256' },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    name: 'deploy',
    outputs: [
      {
        name: '',
        internalType: 'contract TimelockController',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'ComponentDeployerStoreFailed',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Bytecode
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

/** Creation code of PolityFactory. */
export const polityFactoryBytecode =
  '0x6101a0604052348015610010575f5ffd5b5060405161169238038061169283398101604081905261002f916100b1565b81516001600160a01b0390811660809081526020840151821660a09081526040850151831660c09081526060860151841660e0908152928601518416610100529085015183166101205284015182166101405290920151821661016052166101805261019f565b80516001600160a01b03811681146100ac575f5ffd5b919050565b5f5f8284036101208112156100c4575f5ffd5b6101008112156100d2575f5ffd5b5060405161010081016001600160401b038111828210171561010257634e487b7160e01b5f52604160045260245ffd5b60405261010e84610096565b815261011c60208501610096565b602082015261012d60408501610096565b604082015261013e60608501610096565b606082015261014f60808501610096565b608082015261016060a08501610096565b60a082015261017160c08501610096565b60c082015261018260e08501610096565b60e082015291506101966101008401610096565b90509250929050565b60805160a05160c05160e05161010051610120516101405161016051610180516114526102405f395f81816102970152610bdb01525f81816101dd0152610ba901525f81816101ae0152610b1e01525f818161017f01526106cd01525f8181610150015261061e01525f8181610121015261055901525f818160f2015261048e01525f818160c301526103cb01525f81816094015261034201526114525ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806320bdd485146100435780632b7ac3f31461028a5780636a1cfed3146102c1575b5f5ffd5b61020d60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101919091526040518061010001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316815250905090565b604051610281919081516001600160a01b03908116825260208084015182169083015260408084015182169083015260608084015182169083015260808084015182169083015260a08084015182169083015260c08084015182169083015260e09283015116918101919091526101000190565b60405180910390f35b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610281565b6102d46102cf366004611036565b6102e1565b60405161028191906110d8565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915260405163df02995d60e01b815260a083013560048201523060248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063df02995d906044016020604051808303815f875af1158015610390573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103b49190611104565b6001600160a01b03808216602085015290915081907f000000000000000000000000000000000000000000000000000000000000000016637a8a922f6103fa868061111f565b60208801353061041060808b0160608c01611169565b61041d60408c018c611184565b6040518863ffffffff1660e01b815260040161043f97969594939291906111f2565b6020604051808303815f875af115801561045b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061047f9190611104565b6001600160a01b0390811684527f00000000000000000000000000000000000000000000000000000000000000001663bb5c6aa76104bd868061111f565b6040516020016104ce9291906112c7565b60408051601f198184030181529082905286516001600160e01b031960e085901b16835261050592879060c08b01906004016112ff565b6020604051808303815f875af1158015610521573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105459190611104565b6001600160a01b03908116604085015283517f00000000000000000000000000000000000000000000000000000000000000009091169063d9181cd3903061059360a0890160808a01611169565b60405160e085901b6001600160e01b03191681526001600160a01b039384166004820152918316602483015290911660448201526064016020604051808303815f875af11580156105e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061060a9190611104565b6001600160a01b03908116606085018190527f00000000000000000000000000000000000000000000000000000000000000009091169063fd82b73a908361065860a0890160808a01611169565b856040518563ffffffff1660e01b815260040161067894939291906113d7565b6020604051808303815f875af1158015610694573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106b89190611104565b6001600160a01b0390811660808086018290527f00000000000000000000000000000000000000000000000000000000000000009092169163fd82b73a91908490819061070b9060a08b01908b01611169565b6040518563ffffffff1660e01b815260040161072a94939291906113d7565b6020604051808303815f875af1158015610746573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061076a9190611104565b6001600160a01b031660a08401526107828382610af8565b5f83604001519050826001600160a01b0316632f2ff15d846001600160a01b0316638f61f4f56040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107d5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107f99190611402565b6040516001600160e01b031960e084901b16815260048101919091526001600160a01b03841660248201526044015f604051808303815f87803b15801561083e575f5ffd5b505af1158015610850573d5f5f3e3d5ffd5b50505050826001600160a01b0316632f2ff15d846001600160a01b031663b08e51c06040518163ffffffff1660e01b8152600401602060405180830381865afa15801561089f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108c39190611402565b6040516001600160e01b031960e084901b16815260048101919091526001600160a01b03841660248201526044015f604051808303815f87803b158015610908575f5ffd5b505af115801561091a573d5f5f3e3d5ffd5b50505050826001600160a01b0316632f2ff15d846001600160a01b03166307bd02656040518163ffffffff1660e01b8152600401602060405180830381865afa158015610969573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061098d9190611402565b6040516001600160e01b031960e084901b16815260048101919091526001600160a01b03841660248201526044015f604051808303815f87803b1580156109d2575f5ffd5b505af11580156109e4573d5f5f3e3d5ffd5b50505050826001600160a01b03166336568abe846001600160a01b031663a217fddf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a33573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a579190611402565b6040516001600160e01b031960e084901b16815260048101919091523060248201526044015f604051808303815f87803b158015610a93575f5ffd5b505af1158015610aa5573d5f5f3e3d5ffd5b503392507f19d13d1820da3c5fba3c0302928e93534e630d865b226b2255b942a0086d6e1a9150610ad89050878061111f565b87604051610ae893929190611419565b60405180910390a2505050919050565b81516060830151604051634c96a38960e01b81526001600160a01b0380841660048301527f00000000000000000000000000000000000000000000000000000000000000001690634c96a389906024016020604051808303815f875af1158015610b64573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b889190611104565b6001600160a01b0390811660c08601819052604051637ec15b9d60e11b81527f00000000000000000000000000000000000000000000000000000000000000009092169163fd82b73a91610c05918591907f00000000000000000000000000000000000000000000000000000000000000009089906004016113d7565b6020604051808303815f875af1158015610c21573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c459190611104565b8460e001906001600160a01b031690816001600160a01b0316815250505f826001600160a01b031663a217fddf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c9f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cc39190611402565b60c086015160405163779055c160e11b81526001600160a01b03918216600482015291925084169063ef20ab82906024015f604051808303815f87803b158015610d0b575f5ffd5b505af1158015610d1d573d5f5f3e3d5ffd5b5050604051632f2ff15d60e01b8152600481018490526001600160a01b03878116602483015286169250632f2ff15d91506044015f604051808303815f87803b158015610d68575f5ffd5b505af1158015610d7a573d5f5f3e3d5ffd5b5050604051631b2b455f60e11b8152600481018490523060248201526001600160a01b03861692506336568abe91506044015f604051808303815f87803b158015610dc3575f5ffd5b505af1158015610dd5573d5f5f3e3d5ffd5b505050505f826001600160a01b031663ec4a10386040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e16573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e3a9190611402565b60e0870151604051632f2ff15d60e01b81527f7c824e881a884ec0d032b6d29e599c6e8bf7e33e7f07e946cf3c0758b18221a460048201526001600160a01b039182166024820152919250841690632f2ff15d906044015f604051808303815f87803b158015610ea8575f5ffd5b505af1158015610eba573d5f5f3e3d5ffd5b5050604051632f2ff15d60e01b8152600481018590526001600160a01b03888116602483015286169250632f2ff15d91506044015f604051808303815f87803b158015610f05575f5ffd5b505af1158015610f17573d5f5f3e3d5ffd5b5050604051632f2ff15d60e01b8152600481018490526001600160a01b03888116602483015286169250632f2ff15d91506044015f604051808303815f87803b158015610f62575f5ffd5b505af1158015610f74573d5f5f3e3d5ffd5b5050604051631b2b455f60e11b8152600481018490523060248201526001600160a01b03861692506336568abe91506044015f604051808303815f87803b158015610fbd575f5ffd5b505af1158015610fcf573d5f5f3e3d5ffd5b5050604051631b2b455f60e11b8152600481018590523060248201526001600160a01b03861692506336568abe91506044015f604051808303815f87803b158015611018575f5ffd5b505af115801561102a573d5f5f3e3d5ffd5b50505050505050505050565b5f60208284031215611046575f5ffd5b813567ffffffffffffffff81111561105c575f5ffd5b8201610180818503121561106e575f5ffd5b9392505050565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015182169084015260808083015182169084015260a08083015182169084015260c08083015182169084015260e09182015116910152565b61010081016110e78284611075565b92915050565b6001600160a01b0381168114611101575f5ffd5b50565b5f60208284031215611114575f5ffd5b815161106e816110ed565b5f5f8335601e19843603018112611134575f5ffd5b83018035915067ffffffffffffffff82111561114e575f5ffd5b602001915036819003821315611162575f5ffd5b9250929050565b5f60208284031215611179575f5ffd5b813561106e816110ed565b5f5f8335601e19843603018112611199575f5ffd5b83018035915067ffffffffffffffff8211156111b3575f5ffd5b6020019150600581901b3603821315611162575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a081525f61120560a08301898b6111ca565b60208381018990526001600160a01b03888116604086015287166060850152838203608085015284825281810190600586901b830101865f36829003601e19015b888210156112b457858403601f190185528235818112611264575f5ffd5b8a0160208101903567ffffffffffffffff811115611280575f5ffd5b80360382131561128e575f5ffd5b6112998682846111ca565b95505050602083019250602085019450600182019150611246565b50919d9c50505050505050505050505050565b81838237681023b7bb32b93737b960b91b9101908152600901919050565b803565ffffffffffff811681146112fa575f5ffd5b919050565b61012081525f855180610120840152806020880161014085015e5f6101408285018101919091526001600160a01b03878116602086015286166040850152601f909101601f1916830101905065ffffffffffff61135b846112e5565b166060830152602083013563ffffffff8116808214611378575f5ffd5b608084810191909152604085013560a0850152606085013560c085015265ffffffffffff91506113a99085016112e5565b1660e083015260a08301356113bd816110ed565b6001600160a01b0381166101008401525095945050505050565b6001600160a01b03948516815292841660208401529083166040830152909116606082015260800190565b5f60208284031215611412575f5ffd5b5051919050565b61012081525f61142e610120830185876111ca565b905061143d6020830184611075565b94935050505056fea164736f6c634300081e000a' as const

/** Creation code of TimelockDeployer. */
export const timelockDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b611d038061073983390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b6080516104746102c55f395f604801526104745ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780637213edad14610076578063df02995d1461008b575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b61007e6100b6565b60405161006d9190610310565b61009e610099366004610345565b6100c6565b6040516001600160a01b03909116815260200161006d565b60606100c15f61010a565b905090565b604080515f80825260208201835291610100906100ec90869084908190889082016103d5565b6040516020818303038152906040526102c3565b9150505b92915050565b5f80546060918167ffffffffffffffff8111156101295761012961037e565b604051908082528060200260200182016040528015610152578160200160208202803683370190505b5090505f5f5b83811015610203575f818154811061017257610172610419565b905f5260205f20015f9054906101000a90046001600160a01b031683828151811061019f5761019f610419565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106101d3576101d3610419565b60200260200101516001600160a01b03163b6101ef9190610441565b6101f99083610454565b9150600101610158565b5061020e8582610454565b67ffffffffffffffff8111156102265761022661037e565b6040519080825280601f01601f191660200182016040528015610250576020820181803683370190505b5093505f5f5b848110156102b9575f84828151811061027157610271610419565b602002602001015190505f6001826001600160a01b03163b6102939190610441565b90508060018560208b0101843c6102aa8185610454565b93505050806001019050610256565b5050505050919050565b5f5f6102cf835161010a565b90505f835182516102e09190610441565b90508351602085018260208501015e8151602083015ff0925082610309576040513d5f823e3d81fd5b5050919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f60408385031215610356575f5ffd5b8235915060208301356001600160a01b0381168114610373575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f8151808452602084019350602083015f5b828110156103cb5781516001600160a01b03168652602095860195909101906001016103a4565b5093949350505050565b848152608060208201525f6103ed6080830186610392565b82810360408401526103ff8186610392565b91505060018060a01b038316606083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156101045761010461042d565b808201808211156101045761010461042d56fea164736f6c634300081e000a608060405234801561000f575f5ffd5b50604051611d03380380611d0383398101604081905261002e916102f6565b6100385f3061017b565b506001600160a01b03811615610054576100525f8261017b565b505b5f5b83518110156100e8576100a87fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc185838151811061009557610095610375565b602002602001015161017b60201b60201c565b506100df7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78385838151811061009557610095610375565b50600101610056565b505f5b82518110156101335761012a7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6384838151811061009557610095610375565b506001016100eb565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610389565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661021b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021e565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461024e575f5ffd5b919050565b5f82601f830112610262575f5ffd5b81516001600160401b0381111561027b5761027b610224565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102a9576102a9610224565b6040529182526020818501810192908101868411156102c6575f5ffd5b6020860192505b838310156102ec576102de83610238565b8152602092830192016102cd565b5095945050505050565b5f5f5f5f60808587031215610309575f5ffd5b845160208601519094506001600160401b03811115610326575f5ffd5b61033287828801610253565b604087015190945090506001600160401b0381111561034f575f5ffd5b61035b87828801610253565b92505061036a60608601610238565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b61196d806103965f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f14610546578063e38335e514610565578063f23a6e6114610578578063f27a0c92146105a3575f5ffd5b8063bc197c81146104d1578063c4d252f5146104fc578063d45c44351461051b575f5ffd5b806391d14854116100c257806391d148541461044d578063a217fddf1461046c578063b08e51c01461047f578063b1c5f427146104b2575f5ffd5b80638065657f146103dc5780638f2a0bb0146103fb5780638f61f4f51461041a575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610353578063584b153e1461037257806364d62353146103915780637958004c146103b0575f5ffd5b80632ab0f529146102f65780632f2ff15d1461031557806331d5075014610334575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102c8575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d7366004611163565b6105b7565b005b3480156101e9575f5ffd5b506101fd6101f83660046111d1565b61068b565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046111f8565b61069b565b348015610271575f5ffd5b506101fd61028036600461125e565b61074d565b348015610290575f5ffd5b506102af61029f366004611324565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610209565b3480156102d3575f5ffd5b506102456102e236600461125e565b5f9081526020819052604090206001015490565b348015610301575f5ffd5b506101fd61031036600461125e565b610772565b348015610320575f5ffd5b506101dc61032f366004611387565b61077a565b34801561033f575f5ffd5b506101fd61034e36600461125e565b6107a4565b34801561035e575f5ffd5b506101dc61036d366004611387565b6107c8565b34801561037d575f5ffd5b506101fd61038c36600461125e565b610800565b34801561039c575f5ffd5b506101dc6103ab36600461125e565b610845565b3480156103bb575f5ffd5b506103cf6103ca36600461125e565b6108b8565b60405161020991906113c5565b3480156103e7575f5ffd5b506102456103f63660046111f8565b610900565b348015610406575f5ffd5b506101dc61041536600461142b565b61093e565b348015610425575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610458575f5ffd5b506101fd610467366004611387565b610aca565b348015610477575f5ffd5b506102455f81565b34801561048a575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156104bd575f5ffd5b506102456104cc3660046114dd565b610af2565b3480156104dc575f5ffd5b506102af6104eb366004611606565b63bc197c8160e01b95945050505050565b348015610507575f5ffd5b506101dc61051636600461125e565b610b36565b348015610526575f5ffd5b5061024561053536600461125e565b5f9081526001602052604090205490565b348015610551575f5ffd5b506101dc610560366004611387565b610be0565b6101dc6105733660046114dd565b610c04565b348015610583575f5ffd5b506102af6105923660046116b2565b63f23a6e6160e01b95945050505050565b3480156105ae575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16105e181610d85565b5f6105f0898989898989610900565b90506105fc8184610d92565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106379695949392919061172d565b60405180910390a3831561068057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161067791815260200190565b60405180910390a25b505050505050505050565b5f61069582610e23565b92915050565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636106c6815f610aca565b6106d4576106d48133610e47565b5f6106e3888888888888610900565b90506106ef8185610e84565b6106fb88888888610ed2565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516107329493929190611769565b60405180910390a361074381610f46565b5050505050505050565b5f60025b61075a836108b8565b600381111561076b5761076b6113b1565b1492915050565b5f6003610751565b5f8281526020819052604090206001015461079481610d85565b61079e8383610f71565b50505050565b5f806107af836108b8565b60038111156107c0576107c06113b1565b141592915050565b6001600160a01b03811633146107f15760405163334bd91960e11b815260040160405180910390fd5b6107fb8282611000565b505050565b5f5f61080b836108b8565b90506001816003811115610821576108216113b1565b148061083e5750600281600381111561083c5761083c6113b1565b145b9392505050565b333081146108765760405163e2850c5960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036108d557505f92915050565b600181036108e65750600392915050565b428111156108f75750600192915050565b50600292915050565b5f86868686868660405160200161091c9695949392919061172d565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096881610d85565b88871415806109775750888514155b156109a9576040516001624fcdef60e01b03198152600481018a9052602481018690526044810188905260640161086d565b5f6109ba8b8b8b8b8b8b8b8b610af2565b90506109c68184610d92565b5f5b8a811015610a7b5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0557610a05611790565b9050602002016020810190610a1a91906117a4565b8d8d86818110610a2c57610a2c611790565b905060200201358c8c87818110610a4557610a45611790565b9050602002810190610a5791906117bd565b8c8b604051610a6b9695949392919061172d565b60405180910390a36001016109c8565b508315610abd57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab491815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8888888888888888604051602001610b12989796959493929190611893565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610b6081610d85565b610b6982610800565b610ba55781610b786002611069565b610b826001611069565b604051635ead8eb560e01b8152600481019390935217602482015260440161086d565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610bfa81610d85565b61079e8383611000565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63610c2f815f610aca565b610c3d57610c3d8133610e47565b8786141580610c4c5750878414155b15610c7e576040516001624fcdef60e01b0319815260048101899052602481018590526044810187905260640161086d565b5f610c8f8a8a8a8a8a8a8a8a610af2565b9050610c9b8185610e84565b5f5b89811015610d6f575f8b8b83818110610cb857610cb8611790565b9050602002016020810190610ccd91906117a4565b90505f8a8a84818110610ce257610ce2611790565b905060200201359050365f8a8a86818110610cff57610cff611790565b9050602002810190610d1191906117bd565b91509150610d2184848484610ed2565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610d589493929190611769565b60405180910390a350505050806001019050610c9d565b50610d7981610f46565b50505050505050505050565b610d8f8133610e47565b50565b610d9b826107a4565b15610dcc5781610daa5f611069565b604051635ead8eb560e01b81526004810192909252602482015260440161086d565b5f610dd660025490565b905080821015610e0357604051635433660960e01b8152600481018390526024810182905260440161086d565b610e0d8242611932565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061069557506106958261108b565b610e518282610aca565b610e805760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161086d565b5050565b610e8d8261074d565b610e9c5781610daa6002611069565b8015801590610eb15750610eaf81610772565b155b15610e805760405163121534c360e31b81526004810182905260240161086d565b5f5f856001600160a01b0316858585604051610eef929190611951565b5f6040518083038185875af1925050503d805f8114610f29576040519150601f19603f3d011682016040523d82523d5f602084013e610f2e565b606091505b5091509150610f3d82826110bf565b50505050505050565b610f4f8161074d565b610f5e5780610daa6002611069565b5f90815260016020819052604090912055565b5f610f7c8383610aca565b610ff9575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610fb13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610695565b505f610695565b5f61100b8383610aca565b15610ff9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610695565b5f81600381111561107c5761107c6113b1565b600160ff919091161b92915050565b5f6001600160e01b03198216637965db0b60e01b148061069557506301ffc9a760e01b6001600160e01b0319831614610695565b606082156110ce575080610695565b8151156110e3576110de826110fc565b610695565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b038116811461111a575f5ffd5b919050565b5f5f83601f84011261112f575f5ffd5b5081356001600160401b03811115611145575f5ffd5b60208301915083602082850101111561115c575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611179575f5ffd5b61118288611104565b96506020880135955060408801356001600160401b038111156111a3575f5ffd5b6111af8a828b0161111f565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156111e1575f5ffd5b81356001600160e01b03198116811461083e575f5ffd5b5f5f5f5f5f5f60a0878903121561120d575f5ffd5b61121687611104565b95506020870135945060408701356001600160401b03811115611237575f5ffd5b61124389828a0161111f565b979a9699509760608101359660809091013595509350505050565b5f6020828403121561126e575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156112b1576112b1611275565b604052919050565b5f82601f8301126112c8575f5ffd5b81356001600160401b038111156112e1576112e1611275565b6112f4601f8201601f1916602001611289565b818152846020838601011115611308575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611337575f5ffd5b61134085611104565b935061134e60208601611104565b92506040850135915060608501356001600160401b0381111561136f575f5ffd5b61137b878288016112b9565b91505092959194509250565b5f5f60408385031215611398575f5ffd5b823591506113a860208401611104565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106113e557634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126113fb575f5ffd5b5081356001600160401b03811115611411575f5ffd5b6020830191508360208260051b850101111561115c575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611443575f5ffd5b89356001600160401b03811115611458575f5ffd5b6114648c828d016113eb565b909a5098505060208a01356001600160401b03811115611482575f5ffd5b61148e8c828d016113eb565b90985096505060408a01356001600160401b038111156114ac575f5ffd5b6114b88c828d016113eb565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156114f4575f5ffd5b88356001600160401b03811115611509575f5ffd5b6115158b828c016113eb565b90995097505060208901356001600160401b03811115611533575f5ffd5b61153f8b828c016113eb565b90975095505060408901356001600160401b0381111561155d575f5ffd5b6115698b828c016113eb565b999c989b509699959896976060870135966080013595509350505050565b5f82601f830112611596575f5ffd5b81356001600160401b038111156115af576115af611275565b8060051b6115bf60208201611289565b918252602081850181019290810190868411156115da575f5ffd5b6020860192505b838310156115fc5782358252602092830192909101906115e1565b9695505050505050565b5f5f5f5f5f60a0868803121561161a575f5ffd5b61162386611104565b945061163160208701611104565b935060408601356001600160401b0381111561164b575f5ffd5b61165788828901611587565b93505060608601356001600160401b03811115611672575f5ffd5b61167e88828901611587565b92505060808601356001600160401b03811115611699575f5ffd5b6116a5888289016112b9565b9150509295509295909350565b5f5f5f5f5f60a086880312156116c6575f5ffd5b6116cf86611104565b94506116dd60208701611104565b9350604086013592506060860135915060808601356001600160401b03811115611699575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61175460a083018688611705565b60608301949094525060800152949350505050565b60018060a01b0385168152836020820152606060408201525f6115fc606083018486611705565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156117b4575f5ffd5b61083e82611104565b5f5f8335601e198436030181126117d2575f5ffd5b8301803591506001600160401b038211156117eb575f5ffd5b60200191503681900382131561115c575f5ffd5b5f8383855260208501945060208460051b820101835f5b8681101561188757838303601f19018852813536879003601e1901811261183b575f5ffd5b86016020810190356001600160401b03811115611856575f5ffd5b803603821315611864575f5ffd5b61186f858284611705565b60209a8b019a90955093909301925050600101611816565b50909695505050505050565b60a080825281018890525f8960c08301825b8b8110156118d3576001600160a01b036118be84611104565b168252602092830192909101906001016118a5565b5083810360208501528881526001600160fb1b038911156118f2575f5ffd5b8860051b9150818a6020830137018281036020908101604085015261191a90820187896117ff565b60608401959095525050608001529695505050505050565b8082018082111561069557634e487b7160e01b5f52601160045260245ffd5b818382375f910190815291905056fea164736f6c634300081e000a' as const

/** Creation code of RegistryDeployer. */
export const registryDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b6148c6806108a183390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b6080516105dc6102c55f395f604801526105dc5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780637213edad146100765780637a8a922f1461008b575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b61007e6100b6565b60405161006d919061030d565b61009e6100993660046103a5565b6100c6565b6040516001600160a01b03909116815260200161006d565b60606100c15f610107565b905090565b5f6100fb888888888888886040516020016100e79796959493929190610492565b6040516020818303038152906040526102c0565b98975050505050505050565b5f80546060918167ffffffffffffffff81111561012657610126610567565b60405190808252806020026020018201604052801561014f578160200160208202803683370190505b5090505f5f5b83811015610200575f818154811061016f5761016f61057b565b905f5260205f20015f9054906101000a90046001600160a01b031683828151811061019c5761019c61057b565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106101d0576101d061057b565b60200260200101516001600160a01b03163b6101ec91906105a3565b6101f690836105bc565b9150600101610155565b5061020b85826105bc565b67ffffffffffffffff81111561022357610223610567565b6040519080825280601f01601f19166020018201604052801561024d576020820181803683370190505b5093505f5f5b848110156102b6575f84828151811061026e5761026e61057b565b602002602001015190505f6001826001600160a01b03163b61029091906105a3565b90508060018560208b0101843c6102a781856105bc565b93505050806001019050610253565b5050505050919050565b5f5f6102cc8351610107565b90505f835182516102dd91906105a3565b90508351602085018260208501015e8151602083015ff0925082610306576040513d5f823e3d81fd5b5050919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610358575f5ffd5b919050565b5f5f83601f84011261036d575f5ffd5b50813567ffffffffffffffff811115610384575f5ffd5b6020830191508360208260051b850101111561039e575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a0312156103bb575f5ffd5b873567ffffffffffffffff8111156103d1575f5ffd5b8801601f81018a136103e1575f5ffd5b803567ffffffffffffffff8111156103f7575f5ffd5b8a6020828401011115610408575f5ffd5b602091820198509650880135945061042260408901610342565b935061043060608901610342565b9250608088013567ffffffffffffffff81111561044b575f5ffd5b6104578a828b0161035d565b989b979a50959850939692959293505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a081525f6104a560a08301898b61046a565b60208381018990526001600160a01b03888116604086015287166060850152838203608085015284825281810190600586901b830101865f36829003601e19015b8882101561055457858403601f190185528235818112610504575f5ffd5b8a0160208101903567ffffffffffffffff811115610520575f5ffd5b80360382131561052e575f5ffd5b61053986828461046a565b955050506020830192506020850194506001820191506104e6565b50919d9c50505050505050505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156105b6576105b661058f565b92915050565b808201808211156105b6576105b661058f56fea164736f6c634300081e000a610180604052348015610010575f5ffd5b506040516148c63803806148c683398101604081905261002f916104f0565b8385604051806040016040528060018152602001603160f81b81525061005a826101f360201b60201c565b61012052610067816101f3565b61014052815160208084019190912060e052815190820120610100524660a0526100f360e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0528015806101095750600881115b156101365760405163012b9aa160e21b815260048101829052600860248201526044015b60405180910390fd5b61016081905260408051808201909152600781526619d95b995c985b60ca1b602082015261016390610230565b5061017090505f8461034e565b506001600160a01b038216156101ac576101aa7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092388361034e565b505b5f5b81518110156101e8576101df8282815181106101cc576101cc61060f565b602002602001015161023060201b60201c565b506001016101ae565b5050505050506108a1565b5f5f829050601f8151111561021d578260405163305a27a960e01b815260040161012d9190610651565b80516102288261066a565b179392505050565b60035460ff1661023e6103fb565b8160ff161061026b5761024f6103fb565b6040516302754dcd60e31b815260040161012d91815260200190565b815160208301205f5b8260ff168160ff1610156102d45760ff81165f9081526004602052604090819020905183916102a2916106c2565b6040518091039020036102cc5783816040516386d8390f60e01b815260040161012d929190610733565b600101610274565b5060ff82165f9081526004602052604090206102f084826107a3565b506102fc82600161085d565b6003805460ff191660ff928316179055604051908316907ff229b6766facce3785f74e6aba8e56bd4ff723b15b8fde15012bb698b451e8b290610340908690610651565b60405180910390a250919050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff166103f2575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556103aa3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103f5565b505f5b92915050565b5f5f61016051601861040d9190610882565b9050600a811061041e57600a610420565b805b91505090565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561046257610462610426565b604052919050565b5f82601f830112610479575f5ffd5b81516001600160401b0381111561049257610492610426565b6104a5601f8201601f191660200161043a565b8181528460208386010111156104b9575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b03811681146104eb575f5ffd5b919050565b5f5f5f5f5f60a08688031215610504575f5ffd5b85516001600160401b03811115610519575f5ffd5b6105258882890161046a565b9550506020860151935061053b604087016104d5565b9250610549606087016104d5565b60808701519092506001600160401b03811115610564575f5ffd5b8601601f81018813610574575f5ffd5b80516001600160401b0381111561058d5761058d610426565b8060051b61059d6020820161043a565b9182526020818401810192908101908b8411156105b8575f5ffd5b6020850192505b838310156105fd5782516001600160401b038111156105dc575f5ffd5b6105eb8d60208389010161046a565b835250602092830192909101906105bf565b80955050505050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6106636020830184610623565b9392505050565b8051602080830151919081101561068a575f198160200360031b1b821691505b50919050565b600181811c908216806106a457607f821691505b60208210810361068a57634e487b7160e01b5f52602260045260245ffd5b5f5f83546106cf81610690565b6001821680156106e657600181146106fb57610728565b60ff1983168652811515820286019350610728565b865f5260205f205f5b8381101561072057815488820152600190910190602001610704565b505081860193505b509195945050505050565b604081525f6107456040830185610623565b905060ff831660208301529392505050565b601f82111561079e57805f5260205f20601f840160051c8101602085101561077c5750805b601f840160051c820191505b8181101561079b575f8155600101610788565b50505b505050565b81516001600160401b038111156107bc576107bc610426565b6107d0816107ca8454610690565b84610757565b6020601f821160018114610802575f83156107eb5750848201515b5f19600385901b1c1916600184901b17845561079b565b5f84815260208120601f198516915b828110156108315787850151825560209485019460019092019101610811565b508482101561084e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60ff81811683821601908111156103f557634e487b7160e01b5f52601160045260245ffd5b5f8261089c57634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051613f7d6109495f395f818161035c015281816108b20152818161096901528181610a9301528181610d42015281816111e0015281816112a5015281816115540152818161211c015281816129c6015281816132ba015261355201525f6123c501525f61239a01525f61304c01525f61302401525f612f7f01525f612fa901525f612fd30152613f7d5ff3fe608060405234801561000f575f5ffd5b50600436106102ff575f3560e01c80638214c08d11610195578063c727796d116100e4578063e4ae53231161009e578063f315f55311610079578063f315f55314610809578063f68e955314610814578063f9459cca1461083b578063f95c764f14610863575f5ffd5b8063e4ae532314610727578063e663bfa4146107c7578063ef20ab82146107f6575f5ffd5b8063c727796d146106cb578063d46fa4cd146106de578063d547741f146106f1578063de80691b14610704578063df18874d14610717578063e1a72b741461071f575f5ffd5b80639ab24eb01161014f578063a217fddf1161012a578063a217fddf1461068b578063a371cb7914610692578063bddf415d146106a5578063c3cda520146106b8575f5ffd5b80639ab24eb0146106325780639c725bb314610645578063a119f7471461064d575f5ffd5b80638214c08d146105b757806384b0196e146105bf5780638e539e8c146105da5780639074afe3146105ed57806391d148541461060057806391ddadf414610613575f5ffd5b806348ad1a9711610251578063632d6d761161020b5780636926b3e7116101e65780636926b3e71461056157806378c69542146105745780637a0c7af7146105875780637ecebe001461058f575f5ffd5b8063632d6d761461052857806365068d831461053b57806368aca3351461054e575f5ffd5b806348ad1a97146104755780634ba952ad146104b25780634bf5d7e9146104c55780635508356a146104ef578063587cde1e146105025780635c19a95c14610515575f5ffd5b80632f2ff15d116102bc5780633b35917b116102975780633b35917b146104025780633d0f4c28146104225780633ead32cf1461044257806340e56ed614610455575f5ffd5b80632f2ff15d146103c757806336568abe146103dc5780633a46b1a8146103ef575f5ffd5b806301ffc9a71461030357806306517a291461032b57806308c6960b14610341578063143117e11461035a5780631fb6cec014610380578063248a9ca3146103a5575b5f5ffd5b61031661031136600461375e565b610876565b60405190151581526020015b60405180910390f35b6103336108ac565b604051908152602001610322565b6103485f81565b60405160ff9091168152602001610322565b7f0000000000000000000000000000000000000000000000000000000000000000610333565b600c546001600160a01b03165b6040516001600160a01b039091168152602001610322565b6103336103b3366004613785565b5f9081526008602052604090206001015490565b6103da6103d53660046137b0565b6108db565b005b6103da6103ea3660046137b0565b610905565b6103336103fd3660046137de565b61093d565b61041561041036600461381d565b610950565b6040516103229190613859565b6104356104303660046138a4565b610a54565b6040516103229190613911565b6103da610450366004613964565b610ab7565b6104686104633660046139ac565b610c10565b60405161032291906139f3565b6104886104833660046137de565b610cba565b60408051931515845265ffffffffffff909216602084015263ffffffff1690820152606001610322565b6103336104c036600461381d565b610cee565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b6020820152610468565b6103336104fd3660046138a4565b610d83565b61038d610510366004613a05565b610dd2565b6103da610523366004613a05565b610ddd565b61038d6105363660046138a4565b610deb565b6103da610549366004613a05565b610dff565b61031661055c366004613a05565b610e2a565b61034861056f366004613a20565b610ede565b6103336105823660046137de565b610f2f565b610333600881565b61033361059d366004613a05565b6001600160a01b03165f9081526002602052604090205490565b610333610f42565b6105c7610f4b565b6040516103229796959493929190613a8e565b6103336105e8366004613785565b610f8d565b6103da6105fb366004613afd565b610fb1565b61031661060e3660046137b0565b611145565b61061b61116f565b60405165ffffffffffff9091168152602001610322565b610333610640366004613a05565b611178565b610333601881565b61066061065b36600461381d565b6111ba565b6040805194151585526020850193909352918301526001600160a01b03166060820152608001610322565b6103335f81565b6104156106a03660046138a4565b611298565b61038d6106b336600461381d565b61138c565b6103da6106c6366004613b3c565b6113a0565b6104356106d936600461381d565b61145d565b6103da6106ec366004613b92565b6114b0565b6103da6106ff3660046137b0565b611511565b6103da610712366004613bc2565b611535565b61033361154d565b610348600a81565b610488610735366004613a05565b6001600160a01b0381165f90815260096020908152604091829020825160c081018452905465ffffffffffff8082168352600160301b8204811693830184905263ffffffff600160601b83041694830185905260ff600160801b83048116151560608501819052600160881b84049092166080850152600160b81b909204909116151560a09092019190915293909250565b6107da6107d53660046137de565b611593565b6040805163ffffffff9093168352901515602083015201610322565b6103da610804366004613a05565b6115e5565b60035460ff16610348565b6103337fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b61038d610849366004613785565b5f908152600b60205260409020546001600160a01b031690565b6103da610871366004613bec565b611670565b5f6001600160e01b03198216637965db0b60e01b14806108a657506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6108d67f0000000000000000000000000000000000000000000000000000000000000000611a47565b905090565b5f828152600860205260409020600101546108f581611a61565b6108ff8383611a6b565b50505050565b6001600160a01b038116331461092e5760405163334bd91960e11b815260040160405180910390fd5b6109388282611afc565b505050565b5f610949835f84610cee565b9392505050565b606061095b83611b67565b5f61096583611b95565b90507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff8111156109a0576109a0613c4d565b6040519080825280602002602001820160405280156109c9578160200160208202803683370190505b5091505f5f6109d9878785611be1565b90505b6001600160a01b038116158015906109f45750835182105b15610a4957808483610a0581613c75565b945081518110610a1757610a17613c8d565b60200260200101906001600160a01b031690816001600160a01b031681525050610a42818785611be1565b90506109dc565b508252509392505050565b6060610a5f82611b67565b6001600160a01b0383165f90815260066020908152604080832060ff86168452909152902061094990610a9190611c18565b7f0000000000000000000000000000000000000000000000000000000000000000611c32565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610ae181611a61565b5f5b83811015610c09575f858583818110610afe57610afe613c8d565b9050602002016020810190610b139190613a05565b6001600160a01b0381165f90815260096020908152604091829020825160c081018452905465ffffffffffff8082168352600160301b820481169383019390935263ffffffff600160601b8204169382019390935260ff600160801b8404811615156060830152600160881b84049092166080820152600160b81b90920416151560a0820152909150610ba68282611cdc565b610bb1575050610c01565b610bbb8282611d1c565b816001600160a01b03167f351791157b5d80538a646a454b33ce866ecdb2b8916f11e9030eb712d0ef0ac486604051610bf691815260200190565b60405180910390a250505b600101610ae3565b5050505050565b6060610c1b82611b67565b60ff82165f9081526004602052604090208054610c3790613ca1565b80601f0160208091040260200160405190810160405280929190818152602001828054610c6390613ca1565b8015610cae5780601f10610c8557610100808354040283529160200191610cae565b820191905f5260205f20905b815481529060010190602001808311610c9157829003601f168201915b50505050509050919050565b5f5f5f5f610cd086610ccb87611b95565b611d57565b60608101516020820151604090920151909891975095509350505050565b5f610cf883611b67565b5f610d0283611b95565b6001600160a01b0386165f90815260066020908152604080832060ff891684529091529020909150610d6690610d409065ffffffffffff8416611e8b565b7f0000000000000000000000000000000000000000000000000000000000000000611f55565b610d708683611fa7565b610d7a9190613cd9565b95945050505050565b5f610d8d82611b67565b6001600160a01b0383165f90815260066020908152604080832060ff861684529091529020610dbf90610d4090611c18565b610dc884611fcd565b6109499190613cd9565b5f6108a6825f612005565b610de8335f83612033565b50565b5f610df582611b67565b6109498383612005565b600354339060ff165f5b8160ff168160ff1610156108ff57610e22838286612033565b600101610e09565b6001600160a01b0381165f908152600960209081526040808320815160c081018352905465ffffffffffff8082168352600160301b820481169483019490945263ffffffff600160601b8204169282019290925260ff600160801b8304811615801560608401819052600160881b85049095166080840152600160b81b90930416151560a082015291906109495750610ec161116f565b65ffffffffffff16816020015165ffffffffffff16119392505050565b5f80610ee981611a61565b610f2784848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061225c92505050565b949350505050565b5f61094983610f3d84611b95565b611fa7565b5f6108d661237a565b5f6060805f5f5f6060610f5c612393565b610f646123be565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610fa2610f9a83611b95565b6007906123e9565b6001600160d01b031692915050565b5f610fba61116f565b90505f5b828110156108ff575f848483818110610fd957610fd9613c8d565b9050602002016020810190610fee9190613a05565b6001600160a01b0381165f90815260096020908152604091829020825160c081018452905465ffffffffffff8082168352600160301b820481169383019390935263ffffffff600160601b8204169382019390935260ff600160801b8404811615156060830152600160881b84049092166080820152600160b81b90920416151560a08201529091506110818282611cdc565b61108c57505061113d565b8365ffffffffffff16816020015165ffffffffffff1611156110e5576020810151604051639b5a468d60e01b81526001600160a01b038416600482015265ffffffffffff90911660248201526044015b60405180910390fd5b6110ef8282611d1c565b60208082015160405165ffffffffffff90911681526001600160a01b038416917f15682f04f642aa0751f50726434fbcc8c974851eb56152ab47dfb7854f22413d910160405180910390a250505b600101610fbe565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6108d6612499565b6001600160a01b0381165f90815260066020908152604080832083805290915281206111a790610d4090611c18565b6111b083611fcd565b6108a69190613cd9565b5f5f5f5f5f6111c886611b95565b90505f5f5f6111d78b856124a3565b919450925090507f000000000000000000000000000000000000000000000000000000000000000061120b8260208d6125ac565b15611260576001600160a01b038c165f90815260066020908152604080832060ff8f16845290915290206112479065ffffffffffff8716611e8b565b96506112538782611f55565b61125d9084613cd9565b92505b61126c8260108d6125ac565b1561127f5761127c8c8c87611be1565b95505b9297509095505060f81b92909217915093509350935093565b60606112a382611b67565b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff8111156112dc576112dc613c4d565b604051908082528060200260200182016040528015611305578160200160208202803683370190505b5090505f5f6113148585612005565b90505b6001600160a01b0381161580159061132f5750825182105b156113835780838361134081613c75565b94508151811061135257611352613c8d565b60200260200101906001600160a01b031690816001600160a01b03168152505061137c8185612005565b9050611317565b50815292915050565b5f610f27848461139b85611b95565b611be1565b834211156113c457604051632341d78760e11b8152600481018590526024016110dc565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f9061143d906114359060a001604051602081830303815290604052805190602001206125cc565b8585856125f8565b90506114498187612624565b611454815f89612033565b50505050505050565b606061146883611b67565b5f61147283611b95565b6001600160a01b0386165f90815260066020908152604080832060ff891684529091529020909150610d7a90610a919065ffffffffffff8416611e8b565b600c546001600160a01b031633146114dd5760405163b4291b3f60e01b81523360048201526024016110dc565b6001600160a01b039091165f9081526009602052604090208054911515600160b81b0260ff60b81b19909216919091179055565b5f8281526008602052604090206001015461152b81611a61565b6108ff8383611afc565b61153e82611b67565b611549338383612033565b5050565b5f8061157a7f00000000000000000000000000000000000000000000000000000000000000006018613d00565b9050600a811061158b57600a61158d565b805b91505090565b5f5f5f61159f84611b95565b90505f6115ac8683611d57565b90508060400151816060015180156115d757508265ffffffffffff16826020015165ffffffffffff16115b9350935050505b9250929050565b5f6115ef81611a61565b600c546001600160a01b03161561161b5760405163b4291b3f60e01b81523360048201526024016110dc565b600c80546001600160a01b0319166001600160a01b0384169081179091556040519081527f9c15b781dbee22249695b237694e38a1b16e88f8ae86df89e09f81b9871ab0d59060200160405180910390a15050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861169a81611a61565b5f6116a361116f565b90505f5b83811015610c0957368585838181106116c2576116c2613c8d565b6080029190910191505f90506116db6020830183613a05565b90506001600160a01b0381166117075760405163bc060a3760e01b8152600481018490526024016110dc565b60208201356117345760405163237987c160e11b81526001600160a01b03821660048201526024016110dc565b65ffffffffffff841661174d6080840160608501613d1f565b65ffffffffffff16116117a6578061176b6080840160608501613d1f565b60405163056c2e0160e21b81526001600160a01b03909216600483015265ffffffffffff9081166024830152851660448201526064016110dc565b6020808301355f908152600b90915260409020546001600160a01b039081169082168114611864576001600160a01b0381161580159061180457506001600160a01b0381165f90815260096020526040902054600160801b900460ff165b15611837576040516365345b5760e01b8152602084013560048201526001600160a01b03821660248201526044016110dc565b6020838101355f908152600b9091526040902080546001600160a01b0319166001600160a01b0384161790555b6001600160a01b0382165f9081526009602052604090208054600160801b900460ff1680801561189c57508154600160b81b900460ff165b80156118f957506118b36060860160408701613d44565b8254600160601b900463ffffffff90811691161415806118f957508154600160301b900465ffffffffffff166118ef6080870160608801613d1f565b65ffffffffffff16105b156119075761190784612676565b611933848861191c6080890160608a01613d1f565b61192c60608a0160408b01613d44565b60016126cc565b80156119b45760208501356001600160a01b0385167f9c570108d4d697f76288c7c3fe9bec39736065c0d420e365bffef37d0a893c566119796060890160408a01613d44565b61198960808a0160608b01613d1f565b6040805163ffffffff909316835265ffffffffffff90911660208301520160405180910390a3611a37565b6119c05f8560016127ab565b60208501356001600160a01b0385167f27d42f9ae579e3f0031812a8a3ec176b3cdeb1f0f5b51deab6af7350561f0266611a006060890160408a01613d44565b611a1060808a0160608b01613d1f565b6040805163ffffffff909316835265ffffffffffff90911660208301520160405180910390a35b50505050508060010190506116a7565b5f6001611a53836128b8565b6001901b6108a69190613d67565b610de881336128d0565b5f611a768383611145565b611af5575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff19166001179055611aad3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016108a6565b505f6108a6565b5f611b078383611145565b15611af5575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016108a6565b60035460ff90811690821610610de857604051636eb4d22160e01b815260ff821660048201526024016110dc565b5f5f611b9f61116f565b90508065ffffffffffff168310611bda57604051637669fc0f60e11b81526004810184905265ffffffffffff821660248201526044016110dc565b5090919050565b6001600160a01b0383165f90815260056020908152604080832060ff861684529091528120610f279065ffffffffffff8416611e8b565b5f611c286001600160c01b613d67565b9154909116919050565b60605f611c3e836128b8565b90505f611c4e600180841b613d67565b90508367ffffffffffffffff811115611c6957611c69613c4d565b604051908082528060200260200182016040528015611c92578160200160208202803683370190505b5092505f5b84811015611cd35781611caa8483613d7a565b87901c16848281518110611cc057611cc0613c8d565b6020908102919091010152600101611c97565b50505092915050565b80515f9065ffffffffffff168103611d1257604051630482a1d360e01b81526001600160a01b03841660048201526024016110dc565b5060600151919050565b611d3882611d2861116f565b836020015184604001515f6126cc565b611d44825f60016127ab565b8060a00151156115495761154982612676565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160a01b0382165f90815260096020908152604091829020825160c081018452905465ffffffffffff808216808452600160301b830482169484019490945263ffffffff600160601b8304169483019490945260ff600160801b8204811615156060840152600160881b820485166080840152600160b81b90910416151560a082015291831610156108a6576001600160a01b0383165f908152600a6020526040902061094990611e3d90846123e9565b6040805160c0810182525f8082526080820181905260a082015265ffffffffffff83166020820152603083901c63ffffffff169181019190915260509190911c600190811614606082015290565b81545f9060e081901c8310611eb157611ea96001600160c01b613d67565b1690506108a6565b5f60c082901c63ffffffff165b80821015611f0e575f6001611ed38385613cd9565b901c5f81815260018901602052604090205490915060c01c861015611efa57809150611f08565b611f05816001613cd9565b92505b50611ebe565b8115611f4957611f236001600160c01b613d67565b866001015f600185611f359190613d67565b81526020019081526020015f205416611f4b565b5f5b9695505050505050565b5f5f8260c081611f6757611f67613cec565b0490505f6001826001901b0390505f8160018685026001901b0381611f8e57611f8e613cec565b0486025f198601939093029290921c1691505092915050565b5f611fb28383611d57565b60600151611fc0575f611fc3565b60015b60ff169392505050565b6001600160a01b0381165f90815260096020526040812054600160801b900460ff16611ff9575f611ffc565b60015b60ff1692915050565b6001600160a01b0382165f90815260056020908152604080832060ff85168452909152812061094990611c18565b826001600160a01b0316816001600160a01b03160361204f57505f5b6001600160a01b0383165f90815260056020908152604080832060ff8616845290915281209061207e82611c18565b9050826001600160a01b0316816001600160a01b0316036120a0575050505050565b6001600160a01b038316156120b9576120b98584612909565b5f6120c38661296b565b90505f6120d2826020886125ac565b6120dc575f61210a565b6001600160a01b0387165f90815260066020908152604080832060ff8a168452909152902061210a90611c18565b90505f61214061211989611fcd565b837f0000000000000000000000000000000000000000000000000000000000000000612994565b905061214f88888689856129c4565b61217361215a61116f565b869065ffffffffffff166001600160a01b038916612bfe565b600160ff88161b5f6001600160a01b0388161561219857848217601083901b1761219d565b811985165b90508481146121b0576121b08a82612cdb565b604080516001600160a01b0388811682528a8116602083015260ff8c1692908d16917f91b3f19022a9c4f07466b591f879b6a1e6061a37423a99fbe8ca1ff8b5c2c5dd910160405180910390a360ff891661225057876001600160a01b0316866001600160a01b03168b6001600160a01b03167f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f60405160405180910390a45b50505050505050505050565b60035460ff1661226a61154d565b8160ff16106122975761227b61154d565b6040516302754dcd60e31b81526004016110dc91815260200190565b815160208301205f5b8260ff168160ff1610156123005760ff81165f9081526004602052604090819020905183916122ce91613d91565b6040518091039020036122f85783816040516386d8390f60e01b81526004016110dc929190613e02565b6001016122a0565b5060ff82165f90815260046020526040902061231c8482613e6a565b50612328826001613f25565b6003805460ff191660ff928316179055604051908316907ff229b6766facce3785f74e6aba8e56bd4ff723b15b8fde15012bb698b451e8b29061236c9086906139f3565b60405180910390a250919050565b5f6123856007612d1b565b6001600160d01b0316905090565b60606108d67f0000000000000000000000000000000000000000000000000000000000000000612d52565b60606108d67f0000000000000000000000000000000000000000000000000000000000000000612d52565b81545f9081816005811115612445575f61240284612d8f565b61240c9085613d67565b5f8881526020902090915081015465ffffffffffff908116908716101561243557809150612443565b612440816001613cd9565b92505b505b5f61245287878585612ee7565b9050801561248c5761247687612469600184613d67565b5f91825260209091200190565b54600160301b90046001600160d01b031661248e565b5f5b979650505050505050565b5f6108d642612f3d565b6001600160a01b0382165f908152600960209081526040808320815160c081018352905465ffffffffffff808216808452600160301b830482169584019590955263ffffffff600160601b8304169383019390935260ff600160801b8204811615156060840152600160881b8204841660808401819052600160b81b90920416151560a08301528493909284919087161061253e5781612563565b6001600160a01b0387165f908152600a6020526040902061256390611e3d90886123e9565b90508060600151801561258957508565ffffffffffff16816020015165ffffffffffff16115b8160600151612598575f61259b565b60015b90955060ff16935050509250925092565b5f6125ba60ff831684613cd9565b84901c60011660011490509392505050565b5f6108a66125d8612f73565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f6126088888888861309c565b9250925092506126188282613164565b50909695505050505050565b6001600160a01b0382165f908152600260205260409020805460018101909155818114610938576040516301d4b62360e61b81526001600160a01b0384166004820152602481018290526044016110dc565b600c54604051633dd9040960e11b81526001600160a01b03838116600483015290911690637bb20812906024015f604051808303815f87803b1580156126ba575f5ffd5b505af1158015610c09573d5f5f3e3d5ffd5b6001600160a01b0385165f908152600960205260409020805465ffffffffffff16158015906127065750805465ffffffffffff8087169116105b156127435780546127409065ffffffffffff166127228361321c565b6001600160a01b0389165f908152600a60205260409020919061326b565b50505b8054911515600160801b0260ff60801b1963ffffffff909416600160601b029390931664ffffffffff60601b1965ffffffffffff958616600160301b026bffffffffffffffffffffffff19909416959096169490941791909117939093169190911717905550565b805f036127b757505050565b6001600160a01b038316612838575f816127d16007612d1b565b6001600160d01b03166127e49190613cd9565b90506127ee6108ac565b81111561282057806127fe6108ac565b604051632419767960e21b8152600481019290925260248201526044016110dc565b61283461282b61116f565b6007908361326b565b5050505b6001600160a01b0382166128835761288061285161116f565b6128778361285f6007612d1b565b6001600160d01b03166128729190613d67565b613285565b6007919061326b565b50505b6001600160a01b0383161561289d5761289d83825f6132b8565b6001600160a01b0382161561093857610938828260016132b8565b5f8160c0816128c9576128c9613cec565b0492915050565b6128da8282611145565b6115495760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016110dc565b61291282610e2a565b61293a57604051630482a1d360e01b81526001600160a01b03831660048201526024016110dc565b61294381610e2a565b61154957604051630482a1d360e01b81526001600160a01b03821660048201526024016110dc565b6001600160a01b03165f90815260096020526040902054600160881b900465ffffffffffff1690565b5f5f8260c0816129a6576129a6613cec565b04905060018382026001901b038185901b8617169150509392505050565b7f00000000000000000000000000000000000000000000000000000000000000005f8167ffffffffffffffff8111156129ff576129ff613c4d565b604051908082528060200260200182016040528015612a28578160200160208202803683370190505b509050835f5b8381108015612a4557506001600160a01b03821615155b15612ade57886001600160a01b0316826001600160a01b031603612a8f5760405163152e757360e31b81526001600160a01b03808b166004830152871660248201526044016110dc565b81838281518110612aa257612aa2613c8d565b60200260200101906001600160a01b031690816001600160a01b031681525050612acc8289612005565b9150612ad781613c75565b9050612a2e565b50612ae9858861344e565b835f03612af857505050610c09565b50845f5b8381108015612b365750828181518110612b1857612b18613c8d565b60200260200101516001600160a01b0316826001600160a01b031614155b15612b7d576001600160a01b03821615612b6d57612b608289612b5a888589613499565b5f6134c9565b612b6a8289612005565b91505b612b7681613c75565b9050612afc565b5f5b8181108015612bb957505f6001600160a01b0316848281518110612ba557612ba5613c8d565b60200260200101516001600160a01b031614155b1561225057612bee848281518110612bd357612bd3613c8d565b60200260200101518a612be789858a613499565b60016134c9565b612bf781613c75565b9050612b7f565b612c0d6001600160c01b613d67565b811115612c2f576040516225697d60e71b8152600481018290526024016110dc565b825460e081901c60c082901c63ffffffff16848214801590612c5057508215155b15612cc35781851080612c66575063ffffffff85115b15612c8e5760405163939d0b5360e01b815260048101869052602481018390526044016110dc565b612c9d6001600160c01b613d67565b5f828152600188016020526040902090841660c084901b179055612cc081613c75565b90505b60c01b60e09490941b93909317919091179092555050565b6001600160a01b039091165f908152600960205260409020805465ffffffffffff909216600160881b0265ffffffffffff60881b19909216919091179055565b80545f908015612d4a57612d3483612469600184613d67565b54600160301b90046001600160d01b0316610949565b5f9392505050565b60605f612d5e836135e7565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60018211612d9c575090565b816001600160801b8210612db55760809190911c9060401b5b680100000000000000008210612dd05760409190911c9060201b5b6401000000008210612de75760209190911c9060101b5b620100008210612dfc5760109190911c9060081b5b6101008210612e105760089190911c9060041b5b60108210612e235760049190911c9060021b5b60048210612e2f5760011b5b600302600190811c90818581612e4757612e47613cec565b048201901c90506001818581612e5f57612e5f613cec565b048201901c90506001818581612e7757612e77613cec565b048201901c90506001818581612e8f57612e8f613cec565b048201901c90506001818581612ea757612ea7613cec565b048201901c90506001818581612ebf57612ebf613cec565b048201901c9050612ede818581612ed857612ed8613cec565b04821190565b90039392505050565b5f5b81831015612f35575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612f2157809250612f2f565b612f2c816001613cd9565b93505b50612ee9565b509392505050565b5f65ffffffffffff821115612f6f576040516306dfcc6560e41b815260306004820152602481018390526044016110dc565b5090565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612fcb57507f000000000000000000000000000000000000000000000000000000000000000046145b15612ff557507f000000000000000000000000000000000000000000000000000000000000000090565b6108d6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156130d557505f9150600390508261315a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613126573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661315157505f92506001915082905061315a565b92505f91508190505b9450945094915050565b5f82600381111561317757613177613f3e565b03613180575050565b600182600381111561319457613194613f3e565b036131b25760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156131c6576131c6613f3e565b036131e75760405163fce698f760e01b8152600481018290526024016110dc565b60038260038111156131fb576131fb613f3e565b03611549576040516335e2f38360e21b8152600481018290526024016110dc565b80545f90600160801b900460ff16613234575f61323a565b600160501b5b9154600160601b810460301b69ffffffff00000000000016600160301b90910465ffffffffffff1617909117919050565b5f8061327885858561360e565b915091505b935093915050565b5f6001600160d01b03821115612f6f576040516306dfcc6560e41b815260d06004820152602481018390526044016110dc565b7f00000000000000000000000000000000000000000000000000000000000000005f6132e38561296b565b90505f6132ef86611fcd565b90505f6132fe8360205f6125ac565b613308575f61333d565b6001600160a01b0387165f908152600660209081526040808320838052909152902061333d9061333790611c18565b85611f55565b9050866001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248661337e576133798885613cd9565b613388565b6133888885613d67565b6133929084613cd9565b61339c8585613cd9565b6040805192835260208301919091520160405180910390a261ffff83165f5b8115613443578160011660010361342c575f6133d78a83612005565b90505f5b87811080156133f257506001600160a01b03821615155b156134295761340d82846134078d858d613499565b8c6134c9565b6134178284612005565b915061342281613c75565b90506133db565b50505b60019190911c9061343c81613f52565b90506133bb565b505050505050505050565b6001600160a01b038216613460575050565b5f61346a8361296b565b9050613478816020846125ac565b610938576109388361348e60ff85166020613cd9565b6001901b8317612cdb565b5f5f8260c0816134ab576134ab613cec565b04905060018382026001901b0381850286901b169150509392505050565b81156108ff576001600160a01b0384165f90815260066020908152604080832060ff871684529091528120906134fe82611c18565b90505f83613515576135108583613d67565b61351f565b61351f8583613cd9565b905061353c61352c61116f565b849065ffffffffffff1683612bfe565b60ff8616611454575f61354e88611fcd565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0389167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7246135a68684611f55565b6135b09085613cd9565b6135ba8685611f55565b6135c49086613cd9565b6040805192835260208301919091520160405180910390a2505050505050505050565b5f60ff8216601f8111156108a657604051632cd44ac360e21b815260040160405180910390fd5b82545f9081908015613704575f61362a87612469600185613d67565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561366d57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036136a657825465ffffffffffff16600160301b6001600160d01b038916021783556136f6565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061327d92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161327d565b5f6020828403121561376e575f5ffd5b81356001600160e01b031981168114610949575f5ffd5b5f60208284031215613795575f5ffd5b5035919050565b6001600160a01b0381168114610de8575f5ffd5b5f5f604083850312156137c1575f5ffd5b8235915060208301356137d38161379c565b809150509250929050565b5f5f604083850312156137ef575f5ffd5b82356137fa8161379c565b946020939093013593505050565b803560ff81168114613818575f5ffd5b919050565b5f5f5f6060848603121561382f575f5ffd5b833561383a8161379c565b925061384860208501613808565b929592945050506040919091013590565b602080825282518282018190525f918401906040840190835b818110156138995783516001600160a01b0316835260209384019390920191600101613872565b509095945050505050565b5f5f604083850312156138b5575f5ffd5b82356138c08161379c565b91506138ce60208401613808565b90509250929050565b5f8151808452602084019350602083015f5b828110156139075781518652602095860195909101906001016138e9565b5093949350505050565b602081525f61094960208301846138d7565b5f5f83601f840112613933575f5ffd5b50813567ffffffffffffffff81111561394a575f5ffd5b6020830191508360208260051b85010111156115de575f5ffd5b5f5f5f60408486031215613976575f5ffd5b833567ffffffffffffffff81111561398c575f5ffd5b61399886828701613923565b909790965060209590950135949350505050565b5f602082840312156139bc575f5ffd5b61094982613808565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61094960208301846139c5565b5f60208284031215613a15575f5ffd5b81356109498161379c565b5f5f60208385031215613a31575f5ffd5b823567ffffffffffffffff811115613a47575f5ffd5b8301601f81018513613a57575f5ffd5b803567ffffffffffffffff811115613a6d575f5ffd5b856020828401011115613a7e575f5ffd5b6020919091019590945092505050565b60ff60f81b8816815260e060208201525f613aac60e08301896139c5565b8281036040840152613abe81896139c5565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613aef81856138d7565b9a9950505050505050505050565b5f5f60208385031215613b0e575f5ffd5b823567ffffffffffffffff811115613b24575f5ffd5b613b3085828601613923565b90969095509350505050565b5f5f5f5f5f5f60c08789031215613b51575f5ffd5b8635613b5c8161379c565b95506020870135945060408701359350613b7860608801613808565b9598949750929560808101359460a0909101359350915050565b5f5f60408385031215613ba3575f5ffd5b8235613bae8161379c565b9150602083013580151581146137d3575f5ffd5b5f5f60408385031215613bd3575f5ffd5b613bdc83613808565b915060208301356137d38161379c565b5f5f60208385031215613bfd575f5ffd5b823567ffffffffffffffff811115613c13575f5ffd5b8301601f81018513613c23575f5ffd5b803567ffffffffffffffff811115613c39575f5ffd5b8560208260071b8401011115613a7e575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f60018201613c8657613c86613c61565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b600181811c90821680613cb557607f821691505b602082108103613cd357634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156108a6576108a6613c61565b634e487b7160e01b5f52601260045260245ffd5b5f82613d1a57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215613d2f575f5ffd5b813565ffffffffffff81168114610949575f5ffd5b5f60208284031215613d54575f5ffd5b813563ffffffff81168114610949575f5ffd5b818103818111156108a6576108a6613c61565b80820281158282048414176108a6576108a6613c61565b5f5f8354613d9e81613ca1565b600182168015613db55760018114613dca57613df7565b60ff1983168652811515820286019350613df7565b865f5260205f205f5b83811015613def57815488820152600190910190602001613dd3565b505081860193505b509195945050505050565b604081525f613e1460408301856139c5565b905060ff831660208301529392505050565b601f82111561093857805f5260205f20601f840160051c81016020851015613e4b5750805b601f840160051c820191505b81811015610c09575f8155600101613e57565b815167ffffffffffffffff811115613e8457613e84613c4d565b613e9881613e928454613ca1565b84613e26565b6020601f821160018114613eca575f8315613eb35750848201515b5f19600385901b1c1916600184901b178455610c09565b5f84815260208120601f198516915b82811015613ef95787850151825560209485019460019092019101613ed9565b5084821015613f1657868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60ff81811683821601908111156108a6576108a6613c61565b634e487b7160e01b5f52602160045260245ffd5b5f60ff821660ff8103613f6757613f67613c61565b6001019291505056fea164736f6c634300081e000a' as const

/** Creation code of GovernorDeployer. */
export const governorDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b616b528061082f83390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b60805161056a6102c55f395f6048015261056a5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780637213edad14610076578063bb5c6aa71461008b575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b61007e6100b6565b60405161006d9190610307565b61009e610099366004610369565b6100c6565b6040516001600160a01b03909116815260200161006d565b60606100c15f610101565b905090565b5f6100f786868686866040516020016100e3959493929190610425565b6040516020818303038152906040526102ba565b9695505050505050565b5f80546060918167ffffffffffffffff811115610120576101206104f5565b604051908082528060200260200182016040528015610149578160200160208202803683370190505b5090505f5f5b838110156101fa575f818154811061016957610169610509565b905f5260205f20015f9054906101000a90046001600160a01b031683828151811061019657610196610509565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106101ca576101ca610509565b60200260200101516001600160a01b03163b6101e69190610531565b6101f0908361054a565b915060010161014f565b50610205858261054a565b67ffffffffffffffff81111561021d5761021d6104f5565b6040519080825280601f01601f191660200182016040528015610247576020820181803683370190505b5093505f5f5b848110156102b0575f84828151811061026857610268610509565b602002602001015190505f6001826001600160a01b03163b61028a9190610531565b90508060018560208b0101843c6102a1818561054a565b9350505080600101905061024d565b5050505050919050565b5f5f6102c68351610101565b90505f835182516102d79190610531565b90508351602085018260208501015e8151602083015ff0925082610300576040513d5f823e3d81fd5b5050919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610350575f5ffd5b50565b5f60c08284031215610363575f5ffd5b50919050565b5f5f5f5f5f610120868803121561037e575f5ffd5b853567ffffffffffffffff811115610394575f5ffd5b8601601f810188136103a4575f5ffd5b803567ffffffffffffffff8111156103ba575f5ffd5b8860208284010111156103cb575f5ffd5b6020918201965094508601356103e08161033c565b925060408601356103f08161033c565b91506103ff8760608801610353565b90509295509295909350565b803565ffffffffffff81168114610420575f5ffd5b919050565b61012081528461012082015284866101408301375f6101408683018101919091526001600160a01b03858116602084015284166040830152601f8601601f191682010165ffffffffffff6104788461040b565b166060830152602083013563ffffffff8116808214610495575f5ffd5b608084810191909152604085013560a0850152606085013560c085015265ffffffffffff91506104c690850161040b565b1660e083015260a08301356104da8161033c565b6001600160a01b038116610100840152509695505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156105445761054461051d565b92915050565b808201808211156105445761054461051d56fea164736f6c634300081e000a610180604052348015610010575f5ffd5b50604051616b52380380616b5283398101604081905261002f9161092c565b806080015182826060015185845f0151856020015186604001518a8061005961017360201b60201c565b6100628261018e565b6101205261006f8161018e565b61014052815160208084019190912060e052815190820120610100524660a0526100fb60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101108282610a75565b5061011c9050836101d4565b6101258261023a565b61012e816102d9565b5050506001600160a01b0316610160526101478161031a565b50610151816103af565b5061015b81610418565b5060a081015161016a906104c4565b50505050610bc5565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f815111156101c1578260405163305a27a960e01b81526004016101b89190610b2f565b60405180910390fd5b80516101cc82610b64565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036102625760405163f1cfbf0560e01b81525f60048201526024016101b8565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103475760405163243e544560e01b815260048101839052602481018290526044016101b8565b5f61035061052d565b905061036f61035d610546565b610366856105c0565b601691906105f7565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b601754604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1601780546001600160a01b0319166001600160a01b0392909216919091179055565b5f610421610611565b9050808265ffffffffffff16111561045d57604051633211876d60e11b815265ffffffffffff83166004820152602481018290526044016101b8565b6019546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a1506019805465ffffffffffff191665ffffffffffff92909216919091179055565b601b54604080516001600160a01b03928316815291831660208301527feabe7d6d9720bd3fde29f0fbd6af94debeea74c6d5508c31ee6b07631e06e69b910160405180910390a1601b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610538601661062b565b6001600160d01b0316905090565b5f6105516101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156105aa575060408051601f3d908101601f191682019092526105a791810190610b87565b60015b6105bb576105b6610673565b905090565b919050565b5f6001600160d01b038211156105f3576040516306dfcc6560e41b815260d06004820152602481018390526044016101b8565b5090565b5f8061060485858561067d565b915091505b935093915050565b5f6105b66008546601000000000000900463ffffffff1690565b80545f90801561066a5761065183610644600184610ba0565b5f91825260209091200190565b54660100000000000090046001600160d01b031661066c565b5f5b9392505050565b5f6105b6436107d9565b82545f908190801561077c575f61069987610644600185610ba0565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156106df57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361071b57825465ffffffffffff1666010000000000006001600160d01b0389160217835561076e565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061060992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610609565b5f65ffffffffffff8211156105f3576040516306dfcc6560e41b815260306004820152602481018390526044016101b8565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156108415761084161080b565b60405290565b604051601f8201601f191681016001600160401b038111828210171561086f5761086f61080b565b604052919050565b6001600160a01b038116811461088b575f5ffd5b50565b80516105bb81610877565b805165ffffffffffff811681146105bb575f5ffd5b5f60c082840312156108be575f5ffd5b6108c661081f565b90506108d182610899565b8152602082015163ffffffff811681146108e9575f5ffd5b6020820152604082810151908201526060808301519082015261090e60808301610899565b608082015260a082015161092181610877565b60a082015292915050565b5f5f5f5f6101208587031215610940575f5ffd5b84516001600160401b03811115610955575f5ffd5b8501601f81018713610965575f5ffd5b80516001600160401b0381111561097e5761097e61080b565b610991601f8201601f1916602001610847565b8181528860208385010111156109a5575f5ffd5b8160208401602083015e5f602083830101528096505050506109c96020860161088e565b92506109d76040860161088e565b91506109e686606087016108ae565b905092959194509250565b600181811c90821680610a0557607f821691505b602082108103610a2357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610a7057805f5260205f20601f840160051c81016020851015610a4e5750805b601f840160051c820191505b81811015610a6d575f8155600101610a5a565b50505b505050565b81516001600160401b03811115610a8e57610a8e61080b565b610aa281610a9c84546109f1565b84610a29565b6020601f821160018114610ad4575f8315610abd5750848201515b5f19600385901b1c1916600184901b178455610a6d565b5f84815260208120601f198516915b82811015610b035787850151825560209485019460019092019101610ae3565b5084821015610b2057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610a23575f1960209190910360031b1b16919050565b5f60208284031215610b97575f5ffd5b61066c82610899565b81810381811115610bbf57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051610120516101405161016051615f01610c515f395f8181610bc70152818161124d015281816115ef0152818161248901528181612c3201528181613545015281816139580152613d7201525f611f8601525f611f5b01525f61335f01525f61333701525f61329201525f6132bc01525f6132e60152615f015ff3fe60806040526004361061037f575f3560e01c80637ecebe00116101d3578063c1b35d0e116100fd578063e540d01d1161009d578063f2c5bb641161006d578063f2c5bb6414610b68578063f8ce560a14610b9a578063fc0c546a14610bb9578063fc47361614610beb575f5ffd5b8063e540d01d14610aec578063eb9019d414610b0b578063ece40cc114610b2a578063f23a6e6114610b49575f5ffd5b8063cb8f09ff116100d8578063cb8f09ff14610a69578063d33219b414610a88578063dd4e2ba514610aa5578063deaaa7cc14610ab9575f5ffd5b8063c1b35d0e14610a02578063c28bc2fa14610a37578063c59057e414610a4a575f5ffd5b8063a7713a7011610173578063ab58fb8e11610143578063ab58fb8e1461097a578063b58131b0146109b0578063bc197c81146109c4578063c01f9e37146109e3575f5ffd5b8063a7713a7014610909578063a890c9101461091d578063a8f8a6681461093c578063a9a952941461095b575f5ffd5b806391ddadf4116101ae57806391ddadf4146108a457806397c3d334146108b85780639a802a6d146108cb578063a660aca5146108ea575f5ffd5b80637ecebe001461082a57806384b0196e1461085e5780638ff262e314610885575f5ffd5b80633932abb1116102b4578063567813881161025457806360c4247f1161022457806360c4247f146107ae57806379051887146107cd5780637b3c71d3146107ec5780637d5e81e21461080b575f5ffd5b806356781388146107265780635b8d0e0d146107455780635bc82546146107645780635f398a141461078f575f5ffd5b8063452115d61161028f578063452115d6146106905780634bf5d7e9146106af578063544ffc9c146106c357806354fd4d50146106fd575f5ffd5b80633932abb11461060c5780633e4f49e614610620578063438596321461064c575f5ffd5b80631c9d569f1161031f5780632d63f693116102fa5780632d63f6931461056c5780632fe3e2611461058b57806332b8113e146105be578063330df7ff146105ed575f5ffd5b80631c9d569f146104fc5780632656227d1461053a5780632cc930901461054d575f5ffd5b806306fdde031161035a57806306fdde0314610438578063143489d014610459578063150b7a02146104a5578063160cbed7146104dd575f5ffd5b806301ffc9a7146103ba57806302a251a3146103ee57806306f3f9e614610419575f5ffd5b366103b6573061038d610c08565b6001600160a01b0316146103b457604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b3480156103c5575f5ffd5b506103d96103d4366004614c96565b610c20565b60405190151581526020015b60405180910390f35b3480156103f9575f5ffd5b50600854600160301b900463ffffffff165b6040519081526020016103e5565b348015610424575f5ffd5b506103b4610433366004614cbd565b610c8c565b348015610443575f5ffd5b5061044c610ca0565b6040516103e59190614d02565b348015610464575f5ffd5b5061048d610473366004614cbd565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103e5565b3480156104b0575f5ffd5b506104c46104bf366004614de6565b610d30565b6040516001600160e01b031990911681526020016103e5565b3480156104e8575f5ffd5b5061040b6104f7366004614fac565b610d72565b348015610507575f5ffd5b5061051b61051636600461503f565b610e75565b60408051931515845260ff9092166020840152908201526060016103e5565b61040b610548366004614fac565b610eec565b348015610558575f5ffd5b506103d961056736600461506d565b61105c565b348015610577575f5ffd5b5061040b610586366004614cbd565b6111e6565b348015610596575f5ffd5b5061040b7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156105c9575f5ffd5b5060195465ffffffffffff165b60405165ffffffffffff90911681526020016103e5565b3480156105f8575f5ffd5b506103b461060736600461510b565b611206565b348015610617575f5ffd5b5061040b611217565b34801561062b575f5ffd5b5061063f61063a366004614cbd565b611229565b6040516103e5919061515a565b348015610657575f5ffd5b506103d961066636600461503f565b5f9182526009602090815260408084206001600160a01b0393909316845291905290205460ff1690565b34801561069b575f5ffd5b5061040b6106aa366004614fac565b611233565b3480156106ba575f5ffd5b5061044c611249565b3480156106ce575f5ffd5b506106e26106dd366004614cbd565b6112dc565b604080519384526020840192909252908201526060016103e5565b348015610708575f5ffd5b506040805180820190915260018152603160f81b602082015261044c565b348015610731575f5ffd5b5061040b610740366004615176565b611301565b348015610750575f5ffd5b5061040b61075f3660046151dd565b611328565b34801561076f575f5ffd5b5061040b61077e366004614cbd565b5f908152601c602052604090205490565b34801561079a575f5ffd5b5061040b6107a936600461529b565b6113e5565b3480156107b9575f5ffd5b5061040b6107c8366004614cbd565b611438565b3480156107d8575f5ffd5b506103b46107e736600461510b565b611444565b3480156107f7575f5ffd5b5061040b61080636600461531e565b611455565b348015610816575f5ffd5b5061040b610825366004615375565b6114a5565b348015610835575f5ffd5b5061040b610844366004615412565b6001600160a01b03165f9081526002602052604090205490565b348015610869575f5ffd5b5061087261155b565b6040516103e59796959493929190615467565b348015610890575f5ffd5b5061040b61089f3660046154d6565b61159d565b3480156108af575f5ffd5b506105d66115ec565b3480156108c3575f5ffd5b50606461040b565b3480156108d6575f5ffd5b5061040b6108e5366004615525565b611673565b3480156108f5575f5ffd5b506103b4610904366004615412565b61167f565b348015610914575f5ffd5b5061040b611690565b348015610928575f5ffd5b506103b4610937366004615412565b6116a9565b348015610947575f5ffd5b5061040b610956366004614fac565b6116ba565b348015610966575f5ffd5b506103d9610975366004614cbd565b6116c7565b348015610985575f5ffd5b5061040b610994366004614cbd565b5f9081526004602052604090206001015465ffffffffffff1690565b3480156109bb575f5ffd5b5061040b6116cf565b3480156109cf575f5ffd5b506104c46109de36600461556f565b6116d9565b3480156109ee575f5ffd5b5061040b6109fd366004614cbd565b61171c565b348015610a0d575f5ffd5b50610a1f610a1c366004614cbd565b90565b6040516001600160401b0390911681526020016103e5565b6103b4610a45366004615606565b611726565b348015610a55575f5ffd5b5061040b610a64366004614fac565b6117a2565b348015610a74575f5ffd5b5061040b610a83366004615645565b6117db565b348015610a93575f5ffd5b506017546001600160a01b031661048d565b348015610ab0575f5ffd5b5061044c61182e565b348015610ac4575f5ffd5b5061040b7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610af7575f5ffd5b506103b4610b063660046156d8565b61184e565b348015610b16575f5ffd5b5061040b610b253660046156fb565b61185f565b348015610b35575f5ffd5b506103b4610b44366004614cbd565b61187e565b348015610b54575f5ffd5b506104c4610b63366004615725565b61188f565b348015610b73575f5ffd5b50610b88610b82366004614cbd565b60481c90565b60405160ff90911681526020016103e5565b348015610ba5575f5ffd5b5061040b610bb4366004614cbd565b6118d2565b348015610bc4575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061048d565b348015610bf6575f5ffd5b50601b546001600160a01b031661048d565b5f610c1b6017546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610c5057506001600160e01b031982166332a2ad4360e11b145b80610c6b57506001600160e01b03198216630271189760e51b145b80610c8657506301ffc9a760e01b6001600160e01b03198316145b92915050565b610c946118dc565b610c9d81611955565b50565b606060038054610caf9061577c565b80601f0160208091040260200160405190810160405280929190818152602001828054610cdb9061577c565b8015610d265780601f10610cfd57610100808354040283529160200191610d26565b820191905f5260205f20905b815481529060010190602001808311610d0957829003601f168201915b5050505050905090565b5f30610d3a610c08565b6001600160a01b031614610d6157604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610d80868686866116ba565b90505f610d8c826116c7565b9050610da182610d9c60046119ea565b611a0c565b5080610dc85760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610dd68389898989611a49565b905065ffffffffffff811615610e4d575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610e69565b60405163ab2d031160e01b815260048101849052602401610dbf565b50909695505050505050565b60408051606080820183525f8083526020808401829052928401819052858152600983528381206001600160a01b03861682528352839020835191820184525460ff80821615158084526101008304909116938301849052620100009091046001600160d01b0316919093018190525b9250925092565b5f5f610efa868686866116ba565b90505f610f06826116c7565b9050610f2282610d9c83610f1b5760046119ea565b60056119ea565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610f4a610c08565b6001600160a01b031614610fd3575f5b8751811015610fd157306001600160a01b0316888281518110610f7f57610f7f6157b4565b60200260200101516001600160a01b031603610fc957610fc9868281518110610faa57610faa6157b4565b6020026020010151805190602001206005611a5790919063ffffffff16565b600101610f5a565b505b610fe08288888888611a78565b30610fe9610c08565b6001600160a01b03161415801561101557506005546001600160801b03808216600160801b9092041614155b1561101f575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f5f611070601b546001600160a01b031690565b8551909150801580611083575080855114155b8061108f575080845114155b1561109e575f925050506111df565b5f5b818110156111d7578581815181106110ba576110ba6157b4565b60200260200101515f146110d3575f93505050506111df565b5f8582815181106110e6576110e66157b4565b60200260200101519050600481511015611106575f9450505050506111df565b5f611110826157c8565b90505f306001600160a01b03168a858151811061112f5761112f6157b4565b60200260200101516001600160a01b031614801561115d57506001600160e01b0319821663a660aca560e01b145b801561116a575082516024145b90505f6001600160e01b0319831663d547741f60e01b14801561118e575083516044145b80156111a6575060448401516001600160a01b038816145b9050811580156111b4575080155b156111c8575f9750505050505050506111df565b505050508060010190506110a0565b506001925050505b9392505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b61120e6118dc565b610c9d81611a8c565b5f610c1b60085465ffffffffffff1690565b5f610c8682611b3d565b5f61124085858585611c7d565b95945050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156112c857506040513d5f823e601f3d908101601f191682016040526112c59190810190615802565b60015b6112d757610c1b6115ec611cfd565b919050565b5f818152600b60205260409020805460018201546002909201549091905b9193909250565b5f8033905061132084828560405180602001604052805f815250611d13565b949350505050565b5f61136e88888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611d349050565b611396576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610dbf565b6113d988878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611e01915050565b98975050505050505050565b5f8033905061142d87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611e01915050565b979650505050505050565b5f610c86601683611e0f565b61144c6118dc565b610c9d81611e5c565b5f8033905061149b86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611d1392505050565b9695505050505050565b5f336114b18184611ec2565b6114d95760405163d9b3955760e01b81526001600160a01b0382166004820152602401610dbf565b5f6114e26116cf565b9050801561154e575f6115108360016114f96115ec565b611503919061588a565b65ffffffffffff1661185f565b90508181101561154c57604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610dbf565b505b61142d8787878786611f46565b5f6060805f5f5f606061156c611f54565b611574611f7f565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6115aa85858585611faa565b6115d2576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610dbf565b61124085848660405180602001604052805f815250611d13565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611667575060408051601f3d908101601f19168201909252611664918101906158a8565b60015b6112d757610c1b612033565b5f61132084848461203d565b6116876118dc565b610c9d81612049565b5f61169b60166120b2565b6001600160d01b0316905090565b6116b16118dc565b610c9d816120f6565b5f6112408585858561215f565b5f6001610c86565b5f610c1b60075490565b5f306116e3610c08565b6001600160a01b03161461170a57604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f610c86826121a2565b61172e6118dc565b5f5f856001600160a01b031685858560405161174b9291906158c3565b5f6040518083038185875af1925050503d805f8114611785576040519150601f19603f3d011682016040523d82523d5f602084013e61178a565b606091505b509150915061179982826121ca565b50505050505050565b5f848484846040516020016117ba9493929190615959565b60408051601f19818403018152919052805160209091012095945050505050565b5f5f6117e683612207565b90508660ff16811461182257866117fc82612371565b6040516339515a3560e01b815260ff928316600482015291166024820152604401610dbf565b61142d868686866114a5565b6060604051806060016040528060328152602001615ec360329139905090565b6118566118dc565b610c9d81612388565b5f6111df838361187960408051602081019091525f815290565b61203d565b6118866118dc565b610c9d81612424565b5f30611899610c08565b6001600160a01b0316146118c057604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b5f610c8682612465565b336118e5610c08565b6001600160a01b03161461190e576040516347096e4760e01b8152336004820152602401610dbf565b30611917610c08565b6001600160a01b031614611953575f80366040516119369291906158c3565b604051809103902090505b8061194c6005612502565b0361194157505b565b6064808211156119825760405163243e544560e01b81526004810183905260248101829052604401610dbf565b5f61198b611690565b90506119aa6119986115ec565b6119a185612521565b60169190612558565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f8160078111156119fd576119fd615126565b600160ff919091161b92915050565b5f5f611a1784611229565b90505f83611a24836119ea565b16036111df578381846040516331b75e4d60e01b8152600401610dbf939291906159a3565b5f61149b8686868686612572565b5f611a62838361258b565b905080611a7357611a7360416125f0565b505050565b611a858585858585612601565b5050505050565b600854600160301b900463ffffffff1665ffffffffffff8216811015611ad657604051633211876d60e11b815265ffffffffffff8316600482015260248101829052604401610dbf565b6019546040805165ffffffffffff928316815291841660208301527f7ca4ac117ed3cdce75c1161d8207c440389b1a15d69d096831664657c07dafc2910160405180910390a1506019805465ffffffffffff191665ffffffffffff92909216919091179055565b5f5f611b4883612619565b90506005816007811115611b5e57611b5e615126565b14611b695792915050565b5f8381526018602052604090819020546017549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611bbf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611be391906159d4565b15611bf2575060059392505050565b601754604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611c39573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c5d91906159d4565b15611c6c575060079392505050565b5060029392505050565b5050919050565b5f5f611c91601b546001600160a01b031690565b90506001600160a01b03811615801590611cb15750611cb186868661105c565b15611cf1575f611cc3878787876116ba565b60405163705c4bbf60e01b8152600481018290526001600160a01b0384166024820152909150604401610dbf565b61149b8686868661274a565b6060610c86611d0e8363ffffffff16565b6127a0565b5f61124085858585611d2f60408051602081019091525f815290565b611e01565b5f61142d85611dfb7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611d868c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611de098979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612812565b8461283e565b5f61149b86868686866128ae565b5f5f5f611e1b85612974565b9250925050838265ffffffffffff161115611e4857611e43611e3c856129cc565b86906129fe565b611e4a565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611ed9576001915050610c86565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611f0a57600192505050610c86565b5f5f611f1a86602a860386612aa0565b9150915081158061142d5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f61149b8686868686612b49565b6060610c1b7f0000000000000000000000000000000000000000000000000000000000000000612bdd565b6060610c1b7f0000000000000000000000000000000000000000000000000000000000000000612bdd565b5f61124083611dfb7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7888888611ffc8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611de0565b5f610c1b436129cc565b5f611320848484612c1a565b601b54604080516001600160a01b03928316815291831660208301527feabe7d6d9720bd3fde29f0fbd6af94debeea74c6d5508c31ee6b07631e06e69b910160405180910390a1601b80546001600160a01b0319166001600160a01b0392909216919091179055565b80545f9080156120ee576120d8836120cb6001846159ed565b5f91825260209091200190565b54600160301b90046001600160d01b03166111df565b5f9392505050565b601754604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1601780546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f600c5f612170888888886117a2565b81526020019081526020015f20549050805f0361124057604051636ad0607560e01b81525f6004820152602401610dbf565b5f610c866121af83612cc7565b5f848152601a602052604090205465ffffffffffff16612d09565b606082156121d9575080610c86565b8151156121ee576121e982612d18565b610c86565b60405163d6bda27560e01b815260040160405180910390fd5b80515f9082906034811080159061224a5750612230826122286034846159ed565b016020015190565b6001600160b01b031916692370726f706f7365723d60b01b145b1561225d5761225a6034826159ed565b90505b805b5f811180156122775750600361227582846159ed565b105b80156122b157506122b18361228d6001846159ed565b8151811061229d5761229d6157b4565b01602001516001600160f81b031916612d20565b156122c6576122bf81615a00565b905061225f565b818114806122d45750600781105b156122e357505f949350505050565b6623746f7069633d60c81b6122fd846122286007856159ed565b6001600160c81b0319161461231657505f949350505050565b805b82811015612368578351603090859083908110612337576123376157b4565b016020015160f81c61234a87600a615a15565b6123549190615a2c565b61235e91906159ed565b9450600101612318565b50505050919050565b5f60ff82116123805781610c86565b60ff92915050565b8063ffffffff165f036123b05760405163f1cfbf0560e01b81525f6004820152602401610dbf565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b604051632394e7a360e21b8152600481018290525f90610c86906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa1580156124ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124f29190615a3f565b6124fb84611438565b6064612d52565b5f5f5f61250e84612e02565b91509150816111df576111df60316125f0565b5f6001600160d01b03821115612554576040516306dfcc6560e41b815260d0600482015260248101839052604401610dbf565b5090565b5f80612565858585612e6d565b915091505b935093915050565b5f61257e868685612fbd565b61149b868686868661302f565b81545f906001600160801b03600160801b8204811691811660018301909116036125b8575f915050610c86565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b61260c858584612fbd565b611a8585858585856131c0565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b900416811561264d57506007949350505050565b801561265e57506002949350505050565b5f612668866111e6565b9050805f0361268d57604051636ad0607560e01b815260048101879052602401610dbf565b5f6126966115ec565b65ffffffffffff1690508082106126b357505f9695505050505050565b5f6126bd8861171c565b90508181106126d457506001979650505050505050565b6126dd88613250565b15806126fc57505f888152600b60205260409020805460019091015411155b1561270f57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f0361273c57506004979650505050505050565b506005979650505050505050565b5f5f612758868686866116ba565b905033612765828261326e565b61279457604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610dbf565b61142d87878787613279565b60606127aa612033565b65ffffffffffff168265ffffffffffff16146127d9576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610c8661281e613286565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f0361289c575f5f61285c85856133af565b5090925090505f81600381111561287557612875615126565b1480156128935750856001600160a01b0316826001600160a01b0316145b925050506111df565b6128a78484846133f5565b90506111df565b5f6128bd86610d9c60016119ea565b506128cb8686865f8661345a565b905081515f0361292157846001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4878684876040516129149493929190615a56565b60405180910390a261296b565b846001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128786848787604051612962959493929190615a7d565b60405180910390a25b6112408661369d565b80545f9081908190808203612992575f5f5f935093509350506112fa565b5f6129a2866120cb6001856159ed565b546001955065ffffffffffff81169450600160301b90046001600160d01b031692506112fa915050565b5f65ffffffffffff821115612554576040516306dfcc6560e41b81526030600482015260248101839052604401610dbf565b81545f9081816005811115612a5a575f612a17846136a6565b612a2190856159ed565b5f8881526020902090915081015465ffffffffffff9081169087161015612a4a57809150612a58565b612a55816001615a2c565b92505b505b5f612a67878785856137fe565b90508015612a9457612a7e876120cb6001846159ed565b54600160301b90046001600160d01b031661142d565b505f9695505050505050565b5f5f8451831180612ab057508284115b15612abf57505f90508061256a565b5f612acb856001615a2c565b84118015612af3575061060f60f31b612ae78787016020015190565b6001600160f01b031916145b90505f612b038215156002615a15565b612b0e906028615a2c565b905080612b1b87876159ed565b03612b3c575f5f612b2d898989613854565b909650945061256a9350505050565b5f5f93509350505061256a565b5f612b578686868686613915565b90505f612b648786613b32565b905080604051602001612b779190615ab6565b60408051601f1981840301815282825280516020918201205f868152601c9092529190205582907f88cac1d0135ced3f8ae6b5da12ae5e121e918ff7d3b3067a8661078370e4f5c690612bcb908490615aeb565b60405180910390a25095945050505050565b60605f612be983613d48565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f5f612c27858585613d6f565b9050805f03611320577f0000000000000000000000000000000000000000000000000000000000000000604051633c634aa160e11b81526001600160a01b0387811660048301526024820187905291909116906378c6954290604401602060405180830381865afa158015612c9e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612cc29190615a3f565b611240565b5f81815260046020526040812054612cfb90600160d01b810463ffffffff1690600160a01b900465ffffffffffff16615b2d565b65ffffffffffff1692915050565b5f8282188284110282186111df565b805160208201fd5b5f600360fc1b6001600160f81b0319831610801590610c865750603960f81b6001600160f81b03198316111592915050565b5f5f5f612d5f8686613e02565b91509150815f03612d8357838181612d7957612d79615b4b565b04925050506111df565b818411612d9a57612d9a60038515026011186125f0565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b80545f9081906001600160801b0380821691600160801b9004168103612e2d57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546001600160801b031916938101909216929092179094559293915050565b82545f9081908015612f63575f612e89876120cb6001856159ed565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612ecc57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612f0557825465ffffffffffff16600160301b6001600160d01b03891602178355612f55565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061256a92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161256a565b5f612fc88383613b32565b604051602001612fd89190615ab6565b60408051601f1981840301815291815281516020928301205f878152601c909352912054909150808214611a85576040516203772960e71b8152600481018690526024810182905260448101839052606401610dbf565b5f5f60175f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015613081573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130a59190615a3f565b90505f3060601b6bffffffffffffffffffffffff1916841860175460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906130f6908a908a908a905f908890600401615b5f565b602060405180830381865afa158015613111573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131359190615a3f565b5f898152601860205260408082209290925560175491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161317f918b918b918b919088908a90600401615bac565b5f604051808303815f87803b158015613196575f5ffd5b505af11580156131a8573d5f5f3e3d5ffd5b505050506113d982426131bb9190615a2c565b6129cc565b6017546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161320b959493929190615b5f565b5f604051808303818588803b158015613222575f5ffd5b505af1158015613234573d5f5f3e3d5ffd5b5050505f96875250506018602052505060408320929092555050565b5f61325a82613e1e565b613266610bb4846111e6565b111592915050565b5f6111df8383613e28565b5f61124085858585613e98565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156132de57507f000000000000000000000000000000000000000000000000000000000000000046145b1561330857507f000000000000000000000000000000000000000000000000000000000000000090565b610c1b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516041036133e6576020840151604085015160608601515f1a6133d888828585613f2f565b955095509550505050610ee5565b505081515f9150600290610ee5565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f600260ff85161115613480576040516303599be160e11b815260040160405180910390fd5b5f8681526009602090815260408083206001600160a01b038916845290915290205460ff16156134ce576040516371c6af4960e01b81526001600160a01b0386166004820152602401610dbf565b6040805160c0810182528781526001600160401b0388169160ff9089901c8116915f9160208201908414613502578361350d565b61350d856008615a2c565b81526020018465ffffffffffff1681526020016135298b6111e6565b65ffffffffffff16815260ff60488c901c1660208201526040017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316905290505f80806135816009858d8d613ff7565b809450819550829650839a50505050505f600b5f8e81526020019081526020015f20905087818c60ff16600381106135bb576135bb6157b4565b015f8282546135ca9190615a2c565b90915550506001600160a01b0384161561368d575f82828560ff16600381106135f5576135f56157b4565b015461360191906159ed565b905080828560ff1660038110613619576136196157b4565b0155604080518f815260ff861660208201529081018490526001600160a01b038616907fa3e9dc6f75dd03afa423da7498d345528f378d27f40d23f69693cec61e1cd1279060600160405180910390a260ff8c1615801561367c575060ff841615155b1561368b5761368b8e826141d1565b505b5050505050505095945050505050565b610c9d816141df565b5f600182116136b3575090565b816001600160801b82106136cc5760809190911c9060401b5b6801000000000000000082106136e75760409190911c9060201b5b64010000000082106136fe5760209190911c9060101b5b6201000082106137135760109190911c9060081b5b61010082106137275760089190911c9060041b5b6010821061373a5760049190911c9060021b5b600482106137465760011b5b600302600190811c9081858161375e5761375e615b4b565b048201901c9050600181858161377657613776615b4b565b048201901c9050600181858161378e5761378e615b4b565b048201901c905060018185816137a6576137a6615b4b565b048201901c905060018185816137be576137be615b4b565b048201901c905060018185816137d6576137d6615b4b565b048201901c90506137f58185816137ef576137ef615b4b565b04821190565b90039392505050565b5f5b8183101561384c575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561383857809250613846565b613843816001615a2c565b93505b50613800565b509392505050565b5f808481613863866001615a2c565b8511801561388b575061060f60f31b61387f8388016020015190565b6001600160f01b031916145b90505f61389b8215156002615a15565b90505f806138a9838a615a2c565b90505b87811015613904575f6138ca6138c58784016020015190565b614386565b9050600f8160ff1611156138e9575f5f9750975050505050505061256a565b6138f4601084615a15565b60ff9091160191506001016138ac565b506001999098509650505050505050565b5f5f61392a87878787805190602001206117a2565b5f818152600c602052604081205491925003613b25575f61394a85612207565b905080158015906139dd57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f315f5536040518163ffffffff1660e01b8152600401602060405180830381865afa1580156139b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906139d69190615c03565b60ff168110155b15613a0a576139eb81612371565b6040516375f71ca760e01b815260ff9091166004820152602401610dbf565b601580545f91908290613a25906001600160401b0316615c1e565b91906101000a8154816001600160401b0302191690836001600160401b0316021790556001600160401b031690505f613a88866001613a626115ec565b613a6c919061588a565b65ffffffffffff1660405180602001604052805f81525061203d565b15613a9a57613a956143fe565b613a9d565b60ff5b90506001600160801b03198416604884901b17604082901b17821760ff8214613ad75780600d8360088110613ad457613ad46157b4565b01555b5f858152600c6020908152604091829020839055905160ff8616815282917f79e03e9927e97e438ce549c7f188bede5b0234d6f3cee0e973bc6f53d6ff4394910160405180910390a2505050505b61142d878787878761445e565b606082516002613b429190615a15565b6001600160401b03811115613b5957613b59614d28565b604051908082528060200260200182016040528015613b82578160200160208202803683370190505b5090505f5f613b8f610c08565b90505f5b8551811015613d3e575f868281518110613baf57613baf6157b4565b602002602001015190505f868381518110613bcc57613bcc6157b4565b602002602001015190505f6004825110613bee57613be9826157c8565b613bf0565b5f5b9050613bfb83614678565b8787613c0681615c48565b985081518110613c1857613c186157b4565b60209081029190910101526001600160a01b03831630148015613c4b57506001600160e01b03198116636145e17d60e11b145b8015613c5957506024825110155b15613cd4575f613c6a836024015190565b90506001600160a01b0380871690821603613c9c57838260405163bc5d0db760e01b8152600401610dbf929190615c60565b613ca581614678565b8888613cb081615c48565b995081518110613cc257613cc26157b4565b60200260200101818152505050613d30565b846001600160a01b0316836001600160a01b0316148015613cfe57506001600160a01b0383163014155b8015613d0e5750613d0e816146b8565b15613d3057828160405163bc5d0db760e01b8152600401610dbf929190615c60565b505050806001019050613b93565b5050815292915050565b5f60ff8216601f811115610c8657604051632cd44ac360e21b815260040160405180910390fd5b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015613dde573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113209190615a3f565b5f805f1983850993909202808410938190039390930393915050565b5f610c8682614722565b5f5f613e3c601b546001600160a01b031690565b9050826001600160a01b0316816001600160a01b03161480613e8857506001600160a01b038116158015613e8857505f848152600460205260409020546001600160a01b038481169116145b8061132057506113208484614743565b5f5f613ea686868686614788565b5f818152601860205260409020549091508015613f255760175460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015613f00575f5ffd5b505af1158015613f12573d5f5f3e3d5ffd5b5050505f83815260186020526040812055505b5095945050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613f6857505f91506003905082613fed565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613fb9573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613fe457505f925060019150829050613fed565b92505f91508190505b9450945094915050565b60a08301516080840151606085015160405163a119f74760e01b81526001600160a01b03868116600483015260ff909316602482015265ffffffffffff90911660448201525f928392839283928392839283928392169063a119f74790606401608060405180830381865afa158015614072573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140969190615c83565b9350935093509350836140db5760608b015160405163d3a925c560e01b81526001600160a01b038c16600482015265ffffffffffff9091166024820152604401610dbf565b5f6140e98d8d8d8787614848565b90995090506001600160a01b0382161580159061410557508015155b15614120576141188d8d848488886148cd565b919950975095505b604080516060810182526001815260ff8c1660208201529081016141438b612521565b6001600160d01b039081169091529c515f90815260209e8f5260408082206001600160a01b039e909e1682529c8f528c9020815181549f83015192909d015161ffff19909f169c151561ff0019169c909c1761010060ff909216919091021762010000600160e01b031916620100009d909c169c909c029a909a179098555093989297509095509350915050565b6141db8282614a51565b5050565b5f818152601a60209081526040918290208251606081018452905465ffffffffffff81168252600160301b810460ff1615801593830193909352600160381b90046001600160c81b031692810192909252614238575050565b5f81604001516001600160c81b03165f0361425e57614259610bb4846111e6565b61426d565b81604001516001600160c81b03165b90508061427984613e1e565b101561428457505050565b5f61429660195465ffffffffffff1690565b61429e6115ec565b6142a89190615b2d565b90506142b38461171c565b8165ffffffffffff1611156143045765ffffffffffff811680845260405190815284907f541f725fb9f7c98a30cc9c0ff32fbb14358cd7159c847a3aa20a2bdc442ba5119060200160405180910390a25b6001602084015261431482614aba565b6001600160c81b0390811660408086019182525f968752601a602090815296208551815497909601519151909216600160381b0266ffffffffffffff911515600160301b0266ffffffffffffff1990971665ffffffffffff909616959095179590951794909416929092179092555050565b5f60f882901c602f8111801561439f5750603a8160ff16105b156143ad57602f1901610c86565b60608160ff161180156143c3575060678160ff16105b156143d15760561901610c86565b60408160ff161180156143e7575060478160ff16105b156143f55760361901610c86565b5060ff92915050565b5f5f6144086115ec565b65ffffffffffff1690505f5b60088110156143f5575f600d8260088110614431576144316157b4565b015490508015806144495750826144478261171c565b105b15614455575092915050565b50600101614414565b5f61447286868686805190602001206116ba565b90508451865114158061448757508351865114155b8061449157508551155b156144c657855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610dbf565b5f81815260046020526040902054600160a01b900465ffffffffffff161561450f57806144f282611229565b6040516331b75e4d60e01b8152610dbf9291905f906004016159a3565b5f614518611217565b6145206115ec565b65ffffffffffff166145329190615a2c565b90505f61454c60085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b03871617815590915061457e836129cc565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b199091161781556145ab82614aed565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b0381111561460e5761460e614d28565b60405190808252806020026020018201604052801561464157816020015b606081526020019060019003908161462c5790505b508c8961464e8a82615a2c565b8e60405161466499989796959493929190615cca565b60405180910390a150505095945050505050565b5f6001600160a01b0382163f801561469057806111df565b7fc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a4709392505050565b5f6001600160e01b0319821663134008d360e01b14806146e857506001600160e01b0319821663e38335e560e01b145b8061470257506001600160e01b0319821662ea831560e11b145b80610c8657506001600160e01b031982166308f2a0bb60e41b1492915050565b5f818152600b60205260408120806002015481600101546111df9190615a2c565b5f8061474e84611229565b600781111561475f5761475f615126565b1480156111df5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f5f614796868686866116ba565b90506147e4816147a660076119ea565b6147b060066119ea565b6147ba60026119ea565b60016147c7600782615da5565b6147d2906002615e99565b6147dc91906159ed565b181818611a0c565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c906148379083815260200190565b60405180910390a195945050505050565b5f806001600160c01b03831680820361486757848592509250506148c3565b60f884901c5f6148788a8a8a614b1d565b61488290846159ed565b90505f61488f8484614b64565b61489990896159ed565b90506148a58284614b64565b6148af9082615a2c565b95506148bc818385614bb6565b9450505050505b9550959350505050565b5f808060f884901c5b88515f90815260208b815260408083206001600160a01b038c1684529091529020805460ff161561497b576001600160c01b0386161561491f5761491a8883614b64565b614921565b865b81549093506149409084906201000090046001600160d01b03166159ed565b81546001600160d01b0391909116620100000262010000600160e01b0319909116179081905588945060ff610100909104169250614a459050565b6149878b8b8b8b614be6565b60a08a015160808b015160608c015160405163bddf415d60e01b81526001600160a01b038d8116600483015260ff909316602482015265ffffffffffff909116604482015291169063bddf415d90606401602060405180830381865afa1580156149f3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614a179190615ea7565b9850614a2588600184614c66565b9750506001600160a01b03881615801590614a3f57508615155b6148d657505b96509650969350505050565b5f828152601a602052604090208054600160301b900460ff16614a7357505050565b8054600160381b90046001600160c81b03168083101580614a9c575080614a9985613e1e565b10155b15614aa75750505050565b50805466ff000000000000191690555050565b5f6001600160c81b03821115612554576040516306dfcc6560e41b815260c8600482015260248101839052604401610dbf565b5f63ffffffff821115612554576040516306dfcc6560e41b81526020600482015260248101839052604401610dbf565b6020828101515f90815260018501825260408082206001600160a01b0385168352909252818120549184015190919065ffffffffffff1660d082901c14611e48575f611e4a565b5f5f8260c081614b7657614b76615b4b565b0490505f6001826001901b0390505f8160018685026001901b0381614b9d57614b9d615b4b565b0486025f198601939093029290921c1691505092915050565b5f5f8260c081614bc857614bc8615b4b565b04905060018382026001901b038185901b8617169150509392505050565b5f81614bf3868686614b1d565b614bfd9190615a2c565b9050614c0881612521565b6001600160d01b031660d0856040015165ffffffffffff16901b17856001015f866020015181526020019081526020015f205f856001600160a01b03166001600160a01b031681526020019081526020015f20819055505050505050565b5f5f8260c081614c7857614c78615b4b565b04905060018382026001901b0381850286901b169150509392505050565b5f60208284031215614ca6575f5ffd5b81356001600160e01b0319811681146111df575f5ffd5b5f60208284031215614ccd575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6111df6020830184614cd4565b6001600160a01b0381168114610c9d575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715614d6457614d64614d28565b604052919050565b5f6001600160401b03821115614d8457614d84614d28565b50601f01601f191660200190565b5f82601f830112614da1575f5ffd5b8135602083015f614db9614db484614d6c565b614d3c565b9050828152858383011115614dcc575f5ffd5b828260208301375f92810160200192909252509392505050565b5f5f5f5f60808587031215614df9575f5ffd5b8435614e0481614d14565b93506020850135614e1481614d14565b92506040850135915060608501356001600160401b03811115614e35575f5ffd5b614e4187828801614d92565b91505092959194509250565b5f6001600160401b03821115614e6557614e65614d28565b5060051b60200190565b5f82601f830112614e7e575f5ffd5b8135614e8c614db482614e4d565b8082825260208201915060208360051b860101925085831115614ead575f5ffd5b602085015b83811015613f25578035614ec581614d14565b835260209283019201614eb2565b5f82601f830112614ee2575f5ffd5b8135614ef0614db482614e4d565b8082825260208201915060208360051b860101925085831115614f11575f5ffd5b602085015b83811015613f25578035835260209283019201614f16565b5f82601f830112614f3d575f5ffd5b8135614f4b614db482614e4d565b8082825260208201915060208360051b860101925085831115614f6c575f5ffd5b602085015b83811015613f255780356001600160401b03811115614f8e575f5ffd5b614f9d886020838a0101614d92565b84525060209283019201614f71565b5f5f5f5f60808587031215614fbf575f5ffd5b84356001600160401b03811115614fd4575f5ffd5b614fe087828801614e6f565b94505060208501356001600160401b03811115614ffb575f5ffd5b61500787828801614ed3565b93505060408501356001600160401b03811115615022575f5ffd5b61502e87828801614f2e565b949793965093946060013593505050565b5f5f60408385031215615050575f5ffd5b82359150602083013561506281614d14565b809150509250929050565b5f5f5f6060848603121561507f575f5ffd5b83356001600160401b03811115615094575f5ffd5b6150a086828701614e6f565b93505060208401356001600160401b038111156150bb575f5ffd5b6150c786828701614ed3565b92505060408401356001600160401b038111156150e2575f5ffd5b6150ee86828701614f2e565b9150509250925092565b65ffffffffffff81168114610c9d575f5ffd5b5f6020828403121561511b575f5ffd5b81356111df816150f8565b634e487b7160e01b5f52602160045260245ffd5b6008811061515657634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610c86828461513a565b60ff81168114610c9d575f5ffd5b5f5f60408385031215615187575f5ffd5b82359150602083013561506281615168565b5f5f83601f8401126151a9575f5ffd5b5081356001600160401b038111156151bf575f5ffd5b6020830191508360208285010111156151d6575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156151f3575f5ffd5b87359650602088013561520581615168565b9550604088013561521581614d14565b945060608801356001600160401b0381111561522f575f5ffd5b61523b8a828b01615199565b90955093505060808801356001600160401b03811115615259575f5ffd5b6152658a828b01614d92565b92505060a08801356001600160401b03811115615280575f5ffd5b61528c8a828b01614d92565b91505092959891949750929550565b5f5f5f5f5f608086880312156152af575f5ffd5b8535945060208601356152c181615168565b935060408601356001600160401b038111156152db575f5ffd5b6152e788828901615199565b90945092505060608601356001600160401b03811115615305575f5ffd5b61531188828901614d92565b9150509295509295909350565b5f5f5f5f60608587031215615331575f5ffd5b84359350602085013561534381615168565b925060408501356001600160401b0381111561535d575f5ffd5b61536987828801615199565b95989497509550505050565b5f5f5f5f60808587031215615388575f5ffd5b84356001600160401b0381111561539d575f5ffd5b6153a987828801614e6f565b94505060208501356001600160401b038111156153c4575f5ffd5b6153d087828801614ed3565b93505060408501356001600160401b038111156153eb575f5ffd5b6153f787828801614f2e565b92505060608501356001600160401b03811115614e35575f5ffd5b5f60208284031215615422575f5ffd5b81356111df81614d14565b5f8151808452602084019350602083015f5b8281101561545d57815186526020958601959091019060010161543f565b5093949350505050565b60ff60f81b8816815260e060208201525f61548560e0830189614cd4565b82810360408401526154978189614cd4565b606084018890526001600160a01b038716608085015260a0840186905283810360c085015290506154c8818561542d565b9a9950505050505050505050565b5f5f5f5f608085870312156154e9575f5ffd5b8435935060208501356154fb81615168565b9250604085013561550b81614d14565b915060608501356001600160401b03811115614e35575f5ffd5b5f5f5f60608486031215615537575f5ffd5b833561554281614d14565b92506020840135915060408401356001600160401b03811115615563575f5ffd5b6150ee86828701614d92565b5f5f5f5f5f60a08688031215615583575f5ffd5b853561558e81614d14565b9450602086013561559e81614d14565b935060408601356001600160401b038111156155b8575f5ffd5b6155c488828901614ed3565b93505060608601356001600160401b038111156155df575f5ffd5b6155eb88828901614ed3565b92505060808601356001600160401b03811115615305575f5ffd5b5f5f5f5f60608587031215615619575f5ffd5b843561562481614d14565b93506020850135925060408501356001600160401b0381111561535d575f5ffd5b5f5f5f5f5f60a08688031215615659575f5ffd5b853561566481615168565b945060208601356001600160401b0381111561567e575f5ffd5b61568a88828901614e6f565b94505060408601356001600160401b038111156156a5575f5ffd5b6156b188828901614ed3565b93505060608601356001600160401b038111156156cc575f5ffd5b6155eb88828901614f2e565b5f602082840312156156e8575f5ffd5b813563ffffffff811681146111df575f5ffd5b5f5f6040838503121561570c575f5ffd5b823561571781614d14565b946020939093013593505050565b5f5f5f5f5f60a08688031215615739575f5ffd5b853561574481614d14565b9450602086013561575481614d14565b9350604086013592506060860135915060808601356001600160401b03811115615305575f5ffd5b600181811c9082168061579057607f821691505b6020821081036157ae57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b805160208201516001600160e01b0319811691906004821015611c76576001600160e01b031960049290920360031b82901b161692915050565b5f60208284031215615812575f5ffd5b81516001600160401b03811115615827575f5ffd5b8201601f81018413615837575f5ffd5b8051615845614db482614d6c565b818152856020838501011115615859575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8281168282160390811115610c8657610c86615876565b5f602082840312156158b8575f5ffd5b81516111df816150f8565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b8281101561545d5781516001600160a01b03168652602095860195909101906001016158e4565b5f82825180855260208501945060208160051b830101602085015f5b83811015610e6957601f19858403018852615943838351614cd4565b6020988901989093509190910190600101615927565b608081525f61596b60808301876158d2565b828103602084015261597d818761542d565b90508281036040840152615991818661590b565b91505082606083015295945050505050565b838152606081016159b7602083018561513a565b826040830152949350505050565b805180151581146112d7575f5ffd5b5f602082840312156159e4575f5ffd5b6111df826159c5565b81810381811115610c8657610c86615876565b5f81615a0e57615a0e615876565b505f190190565b8082028115828204841417610c8657610c86615876565b80820180821115610c8657610c86615876565b5f60208284031215615a4f575f5ffd5b5051919050565b84815260ff84166020820152826040820152608060608201525f61149b6080830184614cd4565b85815260ff8516602082015283604082015260a060608201525f615aa460a0830185614cd4565b82810360808401526113d98185614cd4565b81515f90829060208501835b82811015615ae0578151845260209384019390910190600101615ac2565b509195945050505050565b602080825282518282018190525f918401906040840190835b81811015615b22578351835260209384019390920191600101615b04565b509095945050505050565b65ffffffffffff8181168382160190811115610c8657610c86615876565b634e487b7160e01b5f52601260045260245ffd5b60a081525f615b7160a08301886158d2565b8281036020840152615b83818861542d565b90508281036040840152615b97818761590b565b60608401959095525050608001529392505050565b60c081525f615bbe60c08301896158d2565b8281036020840152615bd0818961542d565b90508281036040840152615be4818861590b565b60608401969096525050608081019290925260a0909101529392505050565b5f60208284031215615c13575f5ffd5b81516111df81615168565b5f6001600160401b0382166001600160401b038103615c3f57615c3f615876565b60010192915050565b5f60018201615c5957615c59615876565b5060010190565b6001600160a01b039290921682526001600160e01b031916602082015260400190565b5f5f5f5f60808587031215615c96575f5ffd5b615c9f856159c5565b6020860151604087015160608801519296509094509250615cbf81614d14565b939692955090935050565b8981526001600160a01b0389166020820152610120604082018190525f90615cf49083018a6158d2565b8281036060840152615d06818a61542d565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b83811015615d5d57601f19868403018552615d47838351614cd4565b6020958601959093509190910190600101615d2b565b505085810360a0870152615d71818b61590b565b93505050508560c08401528460e0840152828103610100840152615d958185614cd4565b9c9b505050505050505050505050565b60ff8181168382160190811115610c8657610c86615876565b6001815b600184111561256a57808504811115615ddd57615ddd615876565b6001841615615deb57908102905b60019390931c928002615dc2565b5f82615e0757506001610c86565b81615e1357505f610c86565b8160018114615e295760028114615e3357615e4f565b6001915050610c86565b60ff841115615e4457615e44615876565b50506001821b610c86565b5060208310610133831016604e8410600b8410161715615e72575081810a610c86565b615e7e5f198484615dbe565b805f1904821115615e9157615e91615876565b029392505050565b5f6111df60ff841683615df9565b5f60208284031215615eb7575f5ffd5b81516111df81614d1456fe737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e2664656c65676174696f6e3d6c6971756964a164736f6c634300081e000a' as const

/** Creation code of BudgetRoundsDeployer. */
export const budgetRoundsDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b616549806106e583390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b6080516104206102c55f395f604801526104205ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780637213edad14610076578063d9181cd31461008b575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b61007e6100b6565b60405161006d9190610317565b61009e610099366004610363565b6100c6565b6040516001600160a01b03909116815260200161006d565b60606100c15f610111565b905090565b604080516001600160a01b0380861660208301528085169282019290925290821660608201525f90610109906080016040516020818303038152906040526102ca565b949350505050565b5f80546060918167ffffffffffffffff811115610130576101306103ab565b604051908082528060200260200182016040528015610159578160200160208202803683370190505b5090505f5f5b8381101561020a575f8181548110610179576101796103bf565b905f5260205f20015f9054906101000a90046001600160a01b03168382815181106101a6576101a66103bf565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106101da576101da6103bf565b60200260200101516001600160a01b03163b6101f691906103e7565b6102009083610400565b915060010161015f565b506102158582610400565b67ffffffffffffffff81111561022d5761022d6103ab565b6040519080825280601f01601f191660200182016040528015610257576020820181803683370190505b5093505f5f5b848110156102c0575f848281518110610278576102786103bf565b602002602001015190505f6001826001600160a01b03163b61029a91906103e7565b90508060018560208b0101843c6102b18185610400565b9350505080600101905061025d565b5050505050919050565b5f5f6102d68351610111565b90505f835182516102e791906103e7565b90508351602085018260208501015e8151602083015ff0925082610310576040513d5f823e3d81fd5b5050919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610360575f5ffd5b50565b5f5f5f60608486031215610375575f5ffd5b83356103808161034c565b925060208401356103908161034c565b915060408401356103a08161034c565b809150509250925092565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156103fa576103fa6103d3565b92915050565b808201808211156103fa576103fa6103d356fea164736f6c634300081e000a60a060405234801561000f575f5ffd5b5060405161654938038061654983398101604081905261002e9161043e565b6040805160a0810182526202a300815262278d00602082015266038d7ea4c6800091810191909152670de0b6b3a76400006060820152600560808201528390610076906101b3565b5f816001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa1580156100b2573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526100d9919081019061049c565b90507ff5b078ad22f37ec6a1ef7bb7557a33caf5438015a34794acb2076082df8e563f81805190602001201461012d5780604051631abafdb160e11b8152600401610124919061054c565b60405180910390fd5b506001600160a01b03166080526101445f8361037a565b5061016f7fc1463c0eedbdad0bda6226522f9e895e36de931c40345ad4dcd21f004261012f8361037a565b506001600160a01b038116156101ab576101a97ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa78261037a565b505b505050610581565b805163ffffffff1615806101d95750806020015163ffffffff16815f015163ffffffff16115b806101ef575060408101516001600160601b0316155b80610213575080606001516001600160601b031681604001516001600160601b0316115b806102235750608081015160ff16155b1561028457604080516344daf87960e01b8152825163ffffffff90811660048301526020840151166024820152908201516001600160601b0390811660448301526060830151166064820152608082015160ff16608482015260a401610124565b80515f805460208085018051604080880180516060808b01805163ffffffff9b8c166001600160401b0319909a168a17640100000000978d1697909702969096176001600160401b0316680100000000000000006001600160601b03948516026001600160a01b031617600160a01b96841696909602959095179098556080808b0180516001805460ff191660ff9283161790558551998a529651909a16968801969096529051811691860191909152905116938301939093529251909116918101919091527f8f2b58f87f1cc5c76b671089b5791a432e61188f7a91ff1b556fded87c7a8dfe9060a00160405180910390a150565b5f8281526014602090815260408083206001600160a01b038516845290915281205460ff1661041e575f8381526014602090815260408083206001600160a01b03861684529091529020805460ff191660011790556103d63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610421565b505f5b92915050565b6001600160a01b038116811461043b575f5ffd5b50565b5f5f5f60608486031215610450575f5ffd5b835161045b81610427565b602085015190935061046c81610427565b604085015190925061047d81610427565b809150509250925092565b634e487b7160e01b5f52604160045260245ffd5b5f602082840312156104ac575f5ffd5b81516001600160401b038111156104c1575f5ffd5b8201601f810184136104d1575f5ffd5b80516001600160401b038111156104ea576104ea610488565b604051601f8201601f19908116603f011681016001600160401b038111828210171561051857610518610488565b60405281815282820160200186101561052f575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b608051615f8d6105bc5f395f8181610486015281816126cd01528181612cf101528181613d3001528181613dcf0152613f0d0152615f8d5ff3fe608060405234801561000f575f5ffd5b5060043610610233575f3560e01c806369d7b0dc11610135578063bc0dce32116100b4578063ec4a103811610079578063ec4a10381461062a578063eeb08aea14610651578063f7583f3914610664578063fa055b6714610677578063fffc6a4c1461068a575f5ffd5b8063bc0dce321461053d578063c0905ee614610550578063d547741f146105e4578063de4b9888146105f7578063e185b8441461060a575f5ffd5b80639a243ebf116100fa5780639a243ebf146104cb578063a217fddf146104de578063a624f719146104e5578063ac9650d81461050a578063b9d5a8951461052a575f5ffd5b806369d7b0dc1461043e5780636a34db11146104515780637b1039991461047957806391d14854146104b057806391ddadf4146104c3575f5ffd5b80632bdd8262116101c15780633c72b770116101865780633c72b770146103b55780633cf636ff146103c85780633e0997de146103db5780635540324f146104185780635bddb0291461042b575f5ffd5b80632bdd82621461032f5780632f2ff15d1461034257806332ec991c14610355578063364e5ebe1461037857806336568abe146103a2575f5ffd5b8063127f0b3f11610207578063127f0b3f146102c95780631517f37a146102d157806322b84174146102f1578063248a9ca3146103045780632542207114610326575f5ffd5b80622854d71461023757806301ffc9a714610271578063066deba0146102945780630a8d1e05146102a9575b5f5ffd5b61025e7ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa781565b6040519081526020015b60405180910390f35b61028461027f3660046147d5565b6106aa565b6040519015158152602001610268565b6102a76102a2366004614834565b6106e0565b005b6102bc6102b7366004614879565b6107ad565b60405161026891906148b4565b60025461025e565b6102e46102df3660046148c7565b6107b7565b6040516102689190614905565b61025e6102ff3660046148c7565b6108c0565b61025e610312366004614879565b5f9081526014602052604090206001015490565b61025e61010081565b6102a761033d3660046148c7565b61090b565b6102a76103503660046149ae565b610970565b6103686103633660046149ae565b61099a565b60405161026894939291906149d1565b61038b610386366004614879565b610b76565b60405165ffffffffffff9091168152602001610268565b6102a76103b03660046149ae565b610c21565b61025e6103c3366004614879565b610c59565b61025e6103d6366004614ab1565b610c78565b6103ee6103e9366004614879565b610c8f565b60408051931515845263ffffffff909216602084015265ffffffffffff1690820152606001610268565b61025e610426366004614b09565b610cdb565b61025e610439366004614b37565b610cf8565b61025e61044c366004614ab1565b610d16565b61046461045f366004614879565b610d24565b60408051928352602083019190915201610268565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610268565b6102846104be3660046149ae565b610d58565b61038b610d82565b6102bc6104d9366004614879565b610d90565b61025e5f81565b6104f86104f3366004614bbf565b610df8565b60405160ff9091168152602001610268565b61051d610518366004614c27565b61118b565b6040516102689190614c65565b6104f8610538366004614b09565b611270565b6102a761054b366004614cf5565b61142c565b6105d76040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506040805160a0810182525f5463ffffffff808216835264010000000082041660208301526001600160601b03600160401b8204811693830193909352600160a01b9004909116606082015260015460ff16608082015290565b6040516102689190614d69565b6102a76105f23660046149ae565b611638565b61025e610605366004614879565b61165c565b61061d610618366004614879565b611683565b6040516102689190614d77565b61025e7fc1463c0eedbdad0bda6226522f9e895e36de931c40345ad4dcd21f004261012f81565b6102a761065f366004614ded565b6117ef565b6102a7610672366004614e06565b611811565b61025e610685366004614e3b565b611883565b61069d610698366004614879565b6118d2565b6040516102689190614f92565b5f6001600160e01b03198216637965db0b60e01b14806106da57506301ffc9a760e01b6001600160e01b03198316145b92915050565b6106e8611b17565b6106f3846001611b42565b505f610702858560ff16611baa565b5f8681526003602052604090206001015490915061073190869060ff87169086906001600160801b0316611c08565b80546001600160801b038481166fffffffffffffffffffffffffffffffff1983168117845560408051929093168083526020830191909152918101849052339060ff87169088907f85f8ebf23eb1ba27ea119dbcc72f36d7d831a7c47e8cb8d23ddebbd98ce235f59060600160405180910390a4505050505050565b5f6106da82611c88565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081019190915261080083611e94565b61080d838360ff16611baa565b604080516101008101825282546001600160801b038116825260ff600160801b820481166020840152919392840191600160881b90910416600281111561085657610856614890565b600281111561086757610867614890565b81528154600160901b810460ff166020830152600160981b8104600390810b6040840152600160b81b909104900b606082015260018201546001600160a01b0316608082015260029091015460a0909101529392505050565b5f6108ca83611e94565b6001600160401b036108e0604060038516615094565b5f858152601260209081526040808320603f600289901c168452909152902054901c16905092915050565b610913611b17565b5f61091f836001611b42565b905061092d83836001611ec3565b6001818101805460ff851692831b17905560405133919085907f7552199c70c3848ee0731f179c1b15a236647b44a382d741ff3987d14223b387905f90a4505050565b5f8281526014602052604090206001015461098a81611f55565b6109948383611f5f565b50505050565b5f6060805f6109a886611e94565b5f6109b560108888611ff0565b80519091506109ca57505f9350839050610b6d565b5f8781526013602090815260408083206001600160a01b038a16845290915281209060025f8a815260036020526040902060029081015460ff1690811115610a1457610a14614890565b1490505f610a22838361205f565b90505f610a31845f015461211d565b9050806001600160401b03811115610a4b57610a4b6150ab565b604051908082528060200260200182016040528015610a74578160200160208202803683370190505b5097508215610ac257806001600160401b03811115610a9557610a956150ab565b604051908082528060200260200182016040528015610abe578160200160208202803683370190505b5096505b83545f905b8015610b5157610ad681612149565b8a8381518110610ae857610ae86150bf565b602002602001019060ff16908160ff16815250508415610b3557610b0c84836121c1565b898381518110610b1e57610b1e6150bf565b602002602001019061ffff16908161ffff16815250505b610b3e826150d3565b9150610b4b6001826150eb565b16610ac7565b505050604090930151600197506001600160d01b031693505050505b92959194509250565b5f610b8082611e94565b5f8281526004602052604090206002815460ff166003811115610ba557610ba5614890565b10610bbe5754610100900465ffffffffffff1692915050565b5f838152600360208190526040909120018054600160301b900465ffffffffffff16610be8610d82565b65ffffffffffff161015610bfc575f610c19565b8054610c1990600190600160301b900465ffffffffffff166150fe565b949350505050565b6001600160a01b0381163314610c4a5760405163334bd91960e11b815260040160405180910390fd5b610c54828261220a565b505050565b5f610c6382611e94565b505f9081526004602052604090206001015490565b5f610c858484845f612275565b90505b9392505050565b5f81815260046020908152604080832054600390925282205482918291600160e81b90910460ff1690600160a01b900463ffffffff16610cce86610b76565b9250925092509193909250565b5f8080610cee863387878580808061246e565b9695505050505050565b5f610d0a86338787878760015f61246e565b90505b95945050505050565b5f610c858484846001612275565b5f5f610d2f83611e94565b50505f908152600460205260409020600281015490549091600160c81b90910463ffffffff1690565b5f9182526014602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610d8b6125f6565b905090565b5f610d9a82611e94565b5f82815260046020908152604080832054600380845293829020825160608101845294015465ffffffffffff8082168652600160301b8204811694860194909452600160601b9004909216908301526106da9160ff90911690612600565b5f5f610e04885f611b42565b5f898152600360205260409020805491925090610e31908a903390600160a01b900463ffffffff166126a8565b5f898152600f60209081526040808320338452909152902054815460ff91821691600160d01b909104168110610e9a5781546040516367c2a64d60e01b8152600481018c9052336024820152600160d01b90910460ff1660448201526064015b60405180910390fd5b8254600160381b900461ffff166101008110610ed45760405163a990d2eb60e01b8152600481018c90526101006024820152604401610e91565b6001830154610ef1908c9083908d906001600160801b0316611c08565b835460ff600160501b9091048116908a1610610f3f578354604051633303cc1960e21b8152600481018d905260ff808c166024830152600160501b9092049091166044820152606401610e91565b935083610f4d82600161511c565b5f8c8152600f602090815260408083203384529091529020805460ff191660ff92909216919091179055610f82816001615135565b845461ffff91909116600160381b0261ffff60381b1990911617845560408051610100810182526001600160801b038c16815260ff8b1660208201529081015f81525f602080830182905260038c810b604080860191909152908c900b606085015233608085015260a09093018a90528e8252600e815282822060ff8a81168452908252918390208451815492860151909316600160801b0270ffffffffffffffffffffffffffffffffff199092166001600160801b039093169290921717808255918301519091829060ff60881b1916600160881b83600281111561106a5761106a614890565b021790555060608201518154608084015160a085015163ffffffff908116600160b81b0263ffffffff60b81b1991909216600160981b0263ffffffff60981b1960ff958616600160901b021664ffffffffff60901b1990941693909317929092179190911617825560c08301516001830180546001600160a01b039092166001600160a01b031990921691909117905560e09092015160029091015560405133918716908d907f3f99c5938e38222b1f001316ba64813fa833e9985f61dd69b946590182c2d96690611175908f908f908f908f908f906001600160801b0395909516855260ff939093166020850152600391820b6040850152900b6060830152608082015260a00190565b60405180910390a4505050509695505050505050565b604080515f815260208101909152606090826001600160401b038111156111b4576111b46150ab565b6040519080825280602002602001820160405280156111e757816020015b60608152602001906001900390816111d25790505b5091505f5b83811015611268576112433086868481811061120a5761120a6150bf565b905060200281019061121c9190615148565b8560405160200161122f9392919061518a565b6040516020818303038152906040526127cd565b838281518110611255576112556150bf565b60209081029190910101526001016111ec565b505092915050565b5f611279611b17565b5f611285856001611b42565b905060028310156112b3576040516386b8822760e01b81526004810186905260248101849052604401610e91565b805460fe19600160481b90910460ff16016112e457604051635e2023b960e01b815260048101869052602401610e91565b805481906009906112fe90600160481b900460ff166151ad565b91906101000a81548160ff021916908360ff160217905591505f5b838110156113e5575f61135587878785818110611338576113386150bf565b905060200201602081019061134d91906151cb565b60ff16611baa565b8054909150600160901b900460ff16156113c7578686868481811061137c5761137c6150bf565b905060200201602081019061139191906151cb565b8254604051636ac8ce5f60e11b8152600481019390935260ff9182166024840152600160901b9004166044820152606401610e91565b805460ff60901b1916600160901b60ff861602179055600101611319565b508160ff16857f1095f6694764d12877c1201c43c94016109817760296e254ee3db016e8c50fb2868660405161141c929190615228565b60405180910390a3509392505050565b611434611b17565b5f61143e83611c88565b9050600281600381111561145457611454614890565b0361149c575f8381526003602081905260409182902001549051632a03946560e11b815260048101859052600160601b90910465ffffffffffff166024820152604401610e91565b60038160038111156114b0576114b0614890565b14806114ef57508060038111156114c9576114c9614890565b6114d490600161511c565b60ff168260038111156114e9576114e9614890565b60ff1614155b156115635782815f84600381111561150957611509614890565b1461154557600184600381111561152257611522614890565b61152c919061523b565b60ff16600381111561154057611540614890565b611547565b835b604051631214aa4560e01b8152600401610e9193929190615254565b5f61156c610d82565b5f8581526004602052604090208054919250908490829060ff1916600183600381111561159b5761159b614890565b021790555060028460038111156115b4576115b4614890565b036115e5576115c46001836150fe565b815465ffffffffffff919091166101000266ffffffffffff00199091161781555b805460405186917f8f61b0cd65752902c7c2ae4f5db4a89f2bf7bf4320fd1489a55c158c6122f0a2916116299188918791610100900465ffffffffffff1690615281565b60405180910390a25050505050565b5f8281526014602052604090206001015461165281611f55565b610994838361220a565b5f61166682611e94565b505f90815260046020526040902054600160381b900461ffff1690565b606061168e82611e94565b5f82815260046020526040902060018101548154600160381b900461ffff166001600160401b038111156116c4576116c46150ab565b60405190808252806020026020018201604052801561171457816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816116e25790505b505f858152601260205260408120919450805b85518110156117e557806003165f0361175057600281901c5f9081526020849052604090205491505b5f878152600e60209081526040808320848452825291829020825160808101845281546001600160801b0381168252600160901b900460ff16928101929092526001841b87161515828401529160608201906001600160401b03906117b89060038716615094565b86901c168152508783815181106117d1576117d16150bf565b602090810291909101015250600101611727565b5050505050919050565b6117f761286d565b61180e611809368390038301836152e6565b612876565b50565b611819611b17565b5f611825846001611b42565b905061183384846002611ec3565b6001818101805460ff861692831b1916905560405183815233919086907f790baa4df6055c3ef5cbfcda8d258fbcbecf6d180133928cf9a5871704d180bd9060200160405180910390a450505050565b5f61188c6129ca565b5f87815260036020526040812060029081015460ff16818111156118b2576118b2614890565b1490506118c688888888888887600161246e565b98975050505050505050565b6118da614700565b6118e382611e94565b5f8281526003602090815260409182902082516101408101845281546001600160a01b038116825263ffffffff600160a01b8204169382019390935260ff600160c01b84048116151582860152600160c81b840481166060830152600160d01b9093048316608082015260018201546001600160801b031660a0820152835160c081810190955260028084018054939694959487019492939092849291169081111561199157611991614890565b60028111156119a2576119a2614890565b8152905461ffff610100820481166020808501919091526301000000830482166040808601919091526501000000000084048316606080870191909152600160381b850484166080870152600160481b90940490921660a09094019390935292845282519081018352600385015465ffffffffffff8082168352600160301b8204811683850152600160601b909104168184015290830152805160c0810182526004840180549390920192909190829060ff166001811115611a6657611a66614890565b6001811115611a7757611a77614890565b8152815460ff61010082048116151560208401526001600160401b03620100008304166040840152606090920191600160501b909104166003811115611abf57611abf614890565b6003811115611ad057611ad0614890565b81529054600160581b810463ffffffff16602080840191909152600160781b9091046001600160601b03166040909201919091529082526005929092015491015292915050565b611b407ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa7611f55565b565b5f5f611b4d84611c88565b9050826003811115611b6157611b61614890565b816003811115611b7357611b73614890565b14611b9757838184604051631214aa4560e01b8152600401610e9193929190615254565b5050505f90815260046020526040902090565b5f82815260046020526040812054600160381b900461ffff168210611bec5760405163f6404d6160e01b81526004810184905260248101839052604401610e91565b505f918252600e60209081526040808420928452919052902090565b816001600160801b03165f03611c345760405163556e24a560e01b815260048101859052602401610e91565b806001600160801b0316826001600160801b0316111561099457604051630781c70b60e51b815260048101859052602481018490526001600160801b03808416604483015282166064820152608401610e91565b5f611c9282611e94565b505f8181526004602090815260408083206003808452828520835160608101855291015465ffffffffffff8082168352600160301b8204811695830195909552600160601b900490931691830191909152805460ff1692909190611cf68483612600565b9050836003811115611d0a57611d0a614890565b816003811115611d1c57611d1c614890565b03611d2957505050919050565b806003811115611d3b57611d3b614890565b846003811115611d4d57611d4d614890565b1015611e6957836003811115611d6557611d65614890565b611d7090600161511c565b60ff166003811115611d8457611d84614890565b93505f6001856003811115611d9b57611d9b614890565b14611dcd576002856003811115611db457611db4614890565b14611dc3578260400151611dd0565b8260200151611dd0565b82515b90506002856003811115611de657611de6614890565b03611e1757611df66001826150fe565b845465ffffffffffff919091166101000266ffffffffffff00199091161784555b835460405187917f8f61b0cd65752902c7c2ae4f5db4a89f2bf7bf4320fd1489a55c158c6122f0a291611e5b9189918691610100900465ffffffffffff1690615281565b60405180910390a250611d29565b82548490849060ff19166001836003811115611e8757611e87614890565b0217905550505050919050565b801580611ea2575060025481115b1561180e57604051632aecc4fd60e11b815260048101829052602401610e91565b5f611ed1848460ff16611baa565b9050816002811115611ee557611ee5614890565b8154600160881b900460ff166002811115611f0257611f02614890565b03611f265783838360405163116654b160e21b8152600401610e919392919061537f565b80548290829060ff60881b1916600160881b836002811115611f4a57611f4a614890565b021790555050505050565b61180e81336129f3565b5f611f6a8383610d58565b611fe9575f8381526014602090815260408083206001600160a01b03861684529091529020805460ff19166001179055611fa13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106da565b505f6106da565b60408051606080820183525f80835260208084018290529284018190529485529481528184206001600160a01b0393909316845291825291829020825193840183525460ff80821615158552610100820416918401919091526201000090046001600160d01b03169082015290565b606081156106da575f612074845f015461211d565b9050601060016120848284615135565b61208e91906150eb565b61209891906153ac565b6001600160401b038111156120af576120af6150ab565b6040519080825280602002602001820160405280156120d8578160200160208202803683370190505b5091505f5b8251811015611268575f818152600186016020526040902054835184908390811061210a5761210a6150bf565b60209081029190910101526001016120dd565b5f5b81156121445761212e816150d3565b905061213b6001836150eb565b8216915061211f565b919050565b5f6106da825f0383165f60076001600160801b038311901b905060066001600160401b0383831c11901b17600563ffffffff83831c11901b17600461ffff83831c11901b17600360ff83831c11901b176002600f83831c116d010102020202030303030303030360801b911b9190911791821c1a1790565b5f61ffff60106121d181856153bf565b6121db9190615094565b846121e76010866153ac565b815181106121f7576121f76150bf565b6020026020010151901c16905092915050565b5f6122158383610d58565b15611fe9575f8381526014602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106da565b5f61227e612a30565b612289858484612a79565b60025f8154612297906150d3565b91829055505f81815260036020526040902090915085906122b8828261576c565b50505f818152600460205260409081902080547fffff00ffffffffffffffffffffffffffffffffffff00ffffffffffffffffffff16600160501b60ff87160260ff60e81b191617600160e81b851515021781559061231c90606088019088016158c8565b156123ab57600d80545f9190829061233b9065ffffffffffff166158e3565b825465ffffffffffff8083166101009490940a848102910219909116179092558354600160581b90910265ffffffffffff60581b1990911617835590506123828382612dcb565b82546001600160401b0391909116600160881b0267ffffffffffffffff60881b19909116178255505b336001600160a01b0316827f884f8fafa3dfaf904c9d808eea49337f108a45d9cc4fea8f4fc72c7e0a36e8f38888886040516123e993929190615b45565b60405180910390a382156124225760405182907ff697f7a12332ef0aabb7e2c4dd2ea1d1a40190d4e8ea4c453209ff93078158d5905f90a25b817f8f61b0cd65752902c7c2ae4f5db4a89f2bf7bf4320fd1489a55c158c6122f0a25f61244d610d82565b5f60405161245d93929190615281565b60405180910390a250949350505050565b5f5f61247b8a6002611b42565b8054909150600160e81b900460ff168015612494575082155b156124b55760405163b65c026b60e01b8152600481018b9052602401610e91565b5f6124c58b838b8b8b8b8b612e6c565b90506124d48b838c8888612fa0565b5f8c81526013602090815260408083206001600160a01b038f16845290915281209194506125028989613193565b83835590505f5b815181101561254757818181518110612524576125246150bf565b6020908102919091018101515f8381526001808701909352604090205501612509565b506125568d848388600161327c565b5f84600201548d8d8d8d8d8b6040516020016125789796959493929190615c58565b6040516020818303038152906040528051906020012090508085600201819055508c6001600160a01b03168e7f0b66bd7a15befe25ce21584675ea32f594f117e39e229a157a281093b2f0d3578e8e8e8e8c886040516125dd96959493929190615caa565b60405180910390a3505050505098975050505050505050565b5f610d8b426133d4565b5f5f61260a610d82565b90505f836040015165ffffffffffff168265ffffffffffff16101561267457836020015165ffffffffffff168265ffffffffffff16101561266d57835f015165ffffffffffff168265ffffffffffff161015612666575f612677565b6001612677565b6002612677565b60035b905084600381111561268b5761268b614890565b81600381111561269d5761269d614890565b11610c195784610d0d565b60405163e4ae532360e01b81526001600160a01b0383811660048301525f91829182917f00000000000000000000000000000000000000000000000000000000000000009091169063e4ae532390602401606060405180830381865afa158015612714573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127389190615ce6565b925092509250821580612762575061274e610d82565b65ffffffffffff168265ffffffffffff1611155b80612789575063ffffffff84161580159061278957508363ffffffff168163ffffffff1614155b156127c5576040516317484a5b60e21b8152600481018790526001600160a01b038616602482015263ffffffff85166044820152606401610e91565b505050505050565b60605f6127da848461340a565b90508080156127fb57505f3d11806127fb57505f846001600160a01b03163b115b156128105761280861341d565b9150506106da565b801561283a57604051639996b31560e01b81526001600160a01b0385166004820152602401610e91565b3d1561284d57612848613436565b612866565b60405163d6bda27560e01b815260040160405180910390fd5b5092915050565b611b405f611f55565b805163ffffffff16158061289c5750806020015163ffffffff16815f015163ffffffff16115b806128b2575060408101516001600160601b0316155b806128d6575080606001516001600160601b031681604001516001600160601b0316115b806128e65750608081015160ff16155b1561290657806040516344daf87960e01b8152600401610e919190614d69565b80515f8054602084015160408086015160608701516001600160601b03908116600160a01b026001600160a01b0391909216600160401b02166001600160401b0363ffffffff9485166401000000000267ffffffffffffffff19909616949097169390931793909317949094161717905560808201516001805460ff90921660ff19909216919091179055517f8f2b58f87f1cc5c76b671089b5791a432e61188f7a91ff1b556fded87c7a8dfe906129bf908390614d69565b60405180910390a150565b611b407f7c824e881a884ec0d032b6d29e599c6e8bf7e33e7f07e946cf3c0758b18221a4611f55565b6129fd8282610d58565b612a2c5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610e91565b5050565b612a5a7fc1463c0eedbdad0bda6226522f9e895e36de931c40345ad4dcd21f004261012f33610d58565b611b405760405163186ec56d60e01b8152336004820152602401610e91565b5f612a876020850185615d30565b6001600160a01b031603612aae576040516322eb813160e01b815260040160405180910390fd5b612abe60c0840160a08501615d4b565b6001600160801b03165f03612ae657604051631acb215d60e31b815260040160405180910390fd5b61018083015f612af4610d82565b905065ffffffffffff8116612b0c6020840184615d66565b65ffffffffffff16111580612b4c5750612b296020830183615d66565b65ffffffffffff16612b416040840160208501615d66565b65ffffffffffff1611155b80612b855750612b626040830160208401615d66565b65ffffffffffff16612b7a6060840160408501615d66565b65ffffffffffff1611155b15612ba7578082604051635c92c5a360e01b8152600401610e91929190615d81565b831580612bb4575060ff84115b15612bd5576040516377ef97ad60e01b815260048101859052602401610e91565b612be560a08601608087016151cb565b60ff165f03612c1d57612bfe60a08601608087016151cb565b604051631291aa4760e01b815260ff9091166004820152602401610e91565b612c298560c001613441565b612c36856101e001613605565b612c3f856136e6565b612c4f60608601604087016158c8565b15612dc4578215612c8957612c6a60808601606087016151cb565b604051636a70ae1760e11b815260ff9091166004820152602401610e91565b612c996040860160208701615d9d565b63ffffffff1615612cee57612cb46040860160208701615d9d565b612cc460808701606088016151cb565b6040516315cf221760e11b815263ffffffff909216600483015260ff166024820152604401610e91565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663f315f5536040518163ffffffff1660e01b8152600401602060405180830381865afa158015612d4b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d6f9190615db8565b905060ff8116612d8560808801606089016151cb565b60ff16106127c557612d9d60808701606088016151cb565b60405163cd72fbed60e01b815260ff91821660048201529082166024820152604401610e91565b5050505050565b5f5f612dd5610d82565b90505f5b6008811015612e58575f60058260088110612df657612df66150bf565b01549050801580612e2a57505f818152600360208190526040909120015465ffffffffffff808516600160601b9092041611155b15612e4f578560058360088110612e4357612e436150bf565b01555091506106da9050565b50600101612dd9565b50610c1965ffffffffffff84166008615135565b5f87815260036020526040808220815160c0810190925260028082018054929385939092839160ff1690811115612ea557612ea5614890565b6002811115612eb657612eb6614890565b8152905461ffff610100820481166020840152630100000082048116604084015265010000000000820481166060840152600160381b820481166080840152600160481b9091041660a0909101529050831515600282516002811115612f1e57612f1e614890565b1414612f4157805160405163b69ad2b960e01b8152610e91918c91600401615dd3565b612f548a828b600101548b8b8b8b6138ab565b9250600181516002811115612f6b57612f6b614890565b03612f9357612f938a82612f808d8c8c613bb5565b60018601546001600160801b0316613c2e565b5050979650505050505050565b5f80612fae60108887611ff0565b9050600160ff16816020015160ff1603612fed576040516304745c4160e41b8152600481018890526001600160a01b0386166024820152604401610e91565b5f83801561300457508654600160e81b900460ff16155b61300e575f613011565b60015b8251909150156130aa576040808301515f8a8152601360209081528382206001600160a01b038b16835290529190912080546001600160d01b03909216945090613068908a90613061848a61205f565b875f61327c565b5f1960ff8316016130a2575f8981526010602090815260408083206001600160a01b038b1684529091529020805461ff0019166101001790555b505050610d0d565b865460019088906019906130cc908490600160c81b900463ffffffff16615df0565b825463ffffffff9182166101009390930a9283029190920219909116179055505f888152600360205260409020805460ff600160c01b9091041615613133576131298989898986865f0160199054906101000a900460ff16613c9f565b9350505050610d0d565b8754600160e81b900460ff16613174578054885461316f918b918a91600160a01b900463ffffffff1690610100900465ffffffffffff16613d9c565b613177565b60015b935061318760108a898588613f81565b50505095945050505050565b6060601060016131a38285615135565b6131ad91906150eb565b6131b791906153ac565b6001600160401b038111156131ce576131ce6150ab565b6040519080825280602002602001820160405280156131f7578160200160208202803683370190505b5090505f5b8281101561286657601061321081836153bf565b61321a9190615094565b84848381811061322c5761322c6150bf565b90506020020160208101906132419190615e0c565b61ffff16901b826132536010846153ac565b81518110613263576132636150bf565b60209081029190910101805190911790526001016131fc565b811580613287575083155b612dc4575f858152601260205260408120905f199080875b80156133bc575f6132af82612149565b90505f89515f146132d3576132c48a856121c1565b6132ce908a615094565b6132d5565b885b90506132e0846150d3565b935085600283901c1461331f575f198614613306575f8681526020889052604090208590555b600282901c5f8181526020899052604090205490965094505b5f61332e604060038516615094565b905085811c6001600160401b03165f8a6133515761334c84836150eb565b61335b565b61335b8483615135565b90506001600160401b03811115613392578e856040516309a019e960e41b8152600401610e91929190918252602082015260400190565b821b6001600160401b0390921b19969096161794506133b6915060019050826150eb565b1661329f565b50505f91825260209290925260409020555050505050565b5f65ffffffffffff821115613406576040516306dfcc6560e41b81526030600482015260248101839052604401610e91565b5090565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f6134526060830160408401615e0c565b61ffff161580613488575061346d6040830160208401615e0c565b61ffff166134816060840160408501615e0c565b61ffff1610155b905060026134996020840184615e27565b60028111156134aa576134aa614890565b03613542578080156134ce57506134c760a0830160808401615e0c565b61ffff1615155b80156134ec57506134e560c0830160a08401615e0c565b61ffff1615155b801561351e575061350360a0830160808401615e0c565b61ffff1661351760c0840160a08501615e0c565b61ffff1611155b801561353b57506135356080830160608401615e0c565b61ffff16155b90506135e5565b808015613560575061355a60a0830160808401615e0c565b61ffff16155b801561357d575061357760c0830160a08401615e0c565b61ffff16155b801561359e57506127106135976080840160608501615e0c565b61ffff1611155b80156135e2575060016135b46020840184615e27565b60028111156135c5576135c5614890565b14806135e257506135dc6080830160608401615e0c565b61ffff16155b90505b80612a2c5781604051630f6c183360e41b8152600401610e919190615e42565b5f806136146020840184615e50565b600181111561362557613625614890565b146136605761363a60a0830160808401615d9d565b63ffffffff161580159061365b575061365960408301602084016158c8565b155b6136c4565b5f6136716080840160608501615e6b565b600381111561368257613682614890565b1480156136a2575061369a60a0830160808401615d9d565b63ffffffff16155b80156136c457506136b960c0830160a08401615e86565b6001600160601b0316155b905080612a2c578160405163168c58fb60e21b8152600401610e919190615ea1565b6040805160a080820183525f5463ffffffff808216845264010000000082041660208401526001600160601b03600160401b8204811694840194909452600160a01b9004909216606082015260015460ff166080808301829052919290916137529185019085016151cb565b60ff1611156137965761376b60a08301608084016151cb565b6080820151604051632da5783560e11b815260ff928316600482015291166024820152604401610e91565b6101e0820160016137aa6020830183615e50565b60018111156137bb576137bb614890565b1480156138695750815163ffffffff166137db60a0830160808401615d9d565b63ffffffff16108061380b5750602082015163ffffffff1661380360a0830160808401615d9d565b63ffffffff16115b8061383a575060408201516001600160601b031661382f60c0830160a08401615e86565b6001600160601b0316105b80613869575060608201516001600160601b031661385e60c0830160a08401615e86565b6001600160601b0316115b15610c545761387e60a0820160808301615d9d565b61388e60c0830160a08401615e86565b836040516335026e4360e21b8152600401610e9193929190615eaf565b5f806002885160028111156138c2576138c2614890565b149050806138d0575f6138d2565b845b8314613902576040516313cad86f60e01b8152600481018a90526024810186905260448101849052606401610e91565b5f5f5b86811015613ad8575f888883818110613920576139206150bf565b905060200201602081019061393591906151cb565b60ff169050811580159061397c575088886139516001856150eb565b818110613960576139606150bf565b905060200201602081019061397591906151cb565b60ff168111155b156139df578b898961398f6001866150eb565b81811061399e5761399e6150bf565b90506020020160208101906139b391906151cb565b60405163d6a86ef160e01b8152600481019290925260ff16602482015260448101829052606401610e91565b6001811b8a81165f03613a0f576040516321656e9f60e21b8152600481018e905260248101839052604401610e91565b948517948415613ace575f888885818110613a2c57613a2c6150bf565b9050602002016020810190613a419190615e0c565b61ffff169050805f03613a71576040516317b3fa4360e01b8152600481018f905260248101849052604401610e91565b8c60a0015161ffff16811115613ac0578d83828f60a00151604051631d4a344960e01b8152600401610e9194939291909384526020840192909252604083015261ffff16606082015260800190565b613aca8186615135565b9450505b5050600101613905565b50602089015161ffff16861015613b1c5760208901516040516355aaffbf60e11b8152600481018c90526024810188905261ffff9091166044820152606401610e91565b604089015161ffff1615801590613b3a5750604089015161ffff1686115b15613b72576040898101519051630e957f4f60e21b8152600481018c90526024810188905261ffff9091166044820152606401610e91565b886080015161ffff16811115612f935760808901516040516320e5e4f560e21b8152600481018c90526024810183905261ffff9091166044820152606401610e91565b5f838152600e60205260408120815b83811015613c2557815f868684818110613be057613be06150bf565b9050602002016020810190613bf591906151cb565b60ff16815260208101919091526040015f2054613c1b906001600160801b031684615135565b9250600101613bc4565b50509392505050565b80821115613c6057604051634055247360e11b8152600481018590526024810183905260448101829052606401610e91565b5f613c6b8483614024565b905080831015612dc4576040516366c6fd3d60e01b8152600481018690526024810184905260448101829052606401610e91565b5f5f5f613d6a613d608a8a876040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c0810182529384529154600160881b81046001600160401b03166020850152600160581b810465ffffffffffff908116938501939093526101009004909116606083015260ff1660808201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660a082015290565b601090898861405f565b929550909350909150506001600160a01b03821615613d9057613d90898984848a614239565b50509695505050505050565b604051633998efe960e21b81526001600160a01b03848116600483015265ffffffffffff831660248301525f91829182917f00000000000000000000000000000000000000000000000000000000000000009091169063e663bfa4906044016040805180830381865afa158015613e15573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613e399190615ed8565b9150915080613e7b5760405163152f07e160e01b8152600481018890526001600160a01b038716602482015265ffffffffffff85166044820152606401610e91565b63ffffffff851615801590613e9c57508463ffffffff168263ffffffff1614155b15613ee0576040516319af9c4160e21b8152600481018890526001600160a01b038716602482015263ffffffff808416604483015286166064820152608401610e91565b604051633c634aa160e11b81526001600160a01b03878116600483015265ffffffffffff861660248301527f000000000000000000000000000000000000000000000000000000000000000016906378c6954290604401602060405180830381865afa158015613f52573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613f769190615f05565b979650505050505050565b604080516060810182526001815260ff84166020820152908101613fa483614337565b6001600160d01b039081169091525f958652602096875260408087206001600160a01b03969096168752948752948490208151815497830151929095015161ffff1990971694151561ff0019169490941761010060ff909216919091021762010000600160e01b0319166201000095909416949094029290921790555050565b5f6127106001612710856060015161ffff16856140419190615094565b61404b9190615135565b61405591906150eb565b610c8891906153ac565b60a08301516080840151606085015160405163a119f74760e01b81526001600160a01b03868116600483015260ff909316602482015265ffffffffffff90911660448201525f928392839283928392839283928392169063a119f74790606401608060405180830381865afa1580156140da573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140fe9190615f1c565b9350935093509350836141435760608b015160405163d3a925c560e01b81526001600160a01b038c16600482015265ffffffffffff9091166024820152604401610e91565b5f6141518d8d8d878761436a565b90995090506001600160a01b0382161580159061416d57508015155b15614188576141808d8d848488886143ef565b919950975095505b604080516060810182526001815260ff8c1660208201529081016141ab8b614337565b6001600160d01b039081169091529c515f90815260209e8f5260408082206001600160a01b039e909e1682529c8f528c9020815181549f83015192909d015161ffff19909f169c151561ff0019169c909c1761010060ff909216919091021762010000600160e01b031916620100009d909c169c909c029a909a179098555093989297509095509350915050565b5f8581526013602090815260408083206001600160a01b03871684529091529020805461427390879061426c848661205f565b865f61327c565b5f61428060108887611ff0565b604001516001600160d01b031690505f866002015486836040516020016142c3939291909283526001600160a01b03919091166020830152604082015260600190565b60408051601f19818403018152828252805160209182012060028b0181905588845290830185905290820181905291506001600160a01b0387169089907f931d53909a8de1c26dd1b0816565d94e6e683cdbf8c13f289047ec6ae203f7c69060600160405180910390a35050505050505050565b5f6001600160d01b03821115613406576040516306dfcc6560e41b815260d0600482015260248101839052604401610e91565b5f806001600160c01b03831680820361438957848592509250506143e5565b60f884901c5f61439a8a8a8a614573565b6143a490846150eb565b90505f6143b184846145ce565b6143bb90896150eb565b90506143c782846145ce565b6143d19082615135565b95506143de818385614620565b9450505050505b9550959350505050565b5f808060f884901c5b88515f90815260208b815260408083206001600160a01b038c1684529091529020805460ff161561449d576001600160c01b038616156144415761443c88836145ce565b614443565b865b81549093506144629084906201000090046001600160d01b03166150eb565b81546001600160d01b0391909116620100000262010000600160e01b0319909116179081905588945060ff6101009091041692506145679050565b6144a98b8b8b8b614650565b60a08a015160808b015160608c015160405163bddf415d60e01b81526001600160a01b038d8116600483015260ff909316602482015265ffffffffffff909116604482015291169063bddf415d90606401602060405180830381865afa158015614515573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906145399190615f65565b9850614547886001846146d0565b9750506001600160a01b0388161580159061456157508615155b6143f857505b96509650969350505050565b6020828101515f90815260018501825260408082206001600160a01b0385168352909252818120549184015190919065ffffffffffff1660d082901c146145ba575f6145bc565b805b6001600160d01b031695945050505050565b5f5f8260c0816145e0576145e0615398565b0490505f6001826001901b0390505f8160018685026001901b038161460757614607615398565b0486025f198601939093029290921c1691505092915050565b5f5f8260c08161463257614632615398565b04905060018382026001901b038185901b8617169150509392505050565b5f8161465d868686614573565b6146679190615135565b905061467281614337565b6001600160d01b031660d0856040015165ffffffffffff16901b17856001015f866020015181526020019081526020015f205f856001600160a01b03166001600160a01b031681526020019081526020015f20819055505050505050565b5f5f8260c0816146e2576146e2615398565b04905060018382026001901b0381850286901b169150509392505050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915260c0810161476e6040805160c08101909152805f81525f6020820181905260408201819052606082018190526080820181905260a09091015290565b8152604080516060810182525f80825260208281018290529282015291019081526020016147c96040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b81526020015f81525090565b5f602082840312156147e5575f5ffd5b81356001600160e01b031981168114610c88575f5ffd5b60ff8116811461180e575f5ffd5b8035612144816147fc565b6001600160801b038116811461180e575f5ffd5b803561214481614815565b5f5f5f5f60808587031215614847575f5ffd5b843593506020850135614859816147fc565b9250604085013561486981614815565b9396929550929360600135925050565b5f60208284031215614889575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6004811061180e5761180e614890565b602081016148c1836148a4565b91905290565b5f5f604083850312156148d8575f5ffd5b8235915060208301356148ea816147fc565b809150509250929050565b6003811061180e5761180e614890565b81516001600160801b0316815260208083015160ff16908201526040820151610100820190614933816148f5565b8060408401525060ff6060840151166060830152608083015161495b608084018260030b9052565b5060a083015161497060a084018260030b9052565b5060c083015161498b60c08401826001600160a01b03169052565b5060e092830151919092015290565b6001600160a01b038116811461180e575f5ffd5b5f5f604083850312156149bf575f5ffd5b8235915060208301356148ea8161499a565b5f6080820186151583526080602084015280865180835260a0850191506020880192505f5b81811015614a1757835160ff168352602093840193909201916001016149f6565b50508381036040850152855180825260209182019250908601905f5b81811015614a5557825161ffff16845260209384019390920191600101614a33565b50505060609290920192909252949350505050565b5f5f83601f840112614a7a575f5ffd5b5081356001600160401b03811115614a90575f5ffd5b6020830191508360208260051b8501011115614aaa575f5ffd5b9250929050565b5f5f5f8385036102e0811215614ac5575f5ffd5b6102c0811215614ad3575f5ffd5b508392506102c08401356001600160401b03811115614af0575f5ffd5b614afc86828701614a6a565b9497909650939450505050565b5f5f5f60408486031215614b1b575f5ffd5b8335925060208401356001600160401b03811115614af0575f5ffd5b5f5f5f5f5f60608688031215614b4b575f5ffd5b8535945060208601356001600160401b03811115614b67575f5ffd5b614b7388828901614a6a565b90955093505060408601356001600160401b03811115614b91575f5ffd5b614b9d88828901614a6a565b969995985093965092949392505050565b8035600381900b8114612144575f5ffd5b5f5f5f5f5f5f60c08789031215614bd4575f5ffd5b863595506020870135614be681614815565b94506040870135614bf6816147fc565b9350614c0460608801614bae565b9250614c1260808801614bae565b9598949750929591949360a090920135925050565b5f5f60208385031215614c38575f5ffd5b82356001600160401b03811115614c4d575f5ffd5b614c5985828601614a6a565b90969095509350505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015614cdd57603f19878603018452815180518087528060208301602089015e5f602082890101526020601f19601f83011688010196505050602082019150602084019350600181019050614c8b565b50929695505050505050565b6004811061180e575f5ffd5b5f5f60408385031215614d06575f5ffd5b8235915060208301356148ea81614ce9565b63ffffffff815116825263ffffffff60208201511660208301526001600160601b0360408201511660408301526001600160601b03606082015116606083015260ff60808201511660808301525050565b60a081016106da8284614d18565b602080825282518282018190525f918401906040840190835b81811015614de25783516001600160801b03815116845260ff60208201511660208501526040810151151560408501526060810151606085015250608083019250602084019350600181019050614d90565b509095945050505050565b5f60a0828403128015614dfe575f5ffd5b509092915050565b5f5f5f60608486031215614e18575f5ffd5b833592506020840135614e2a816147fc565b929592945050506040919091013590565b5f5f5f5f5f5f60808789031215614e50575f5ffd5b863595506020870135614e628161499a565b945060408701356001600160401b03811115614e7c575f5ffd5b614e8889828a01614a6a565b90955093505060608701356001600160401b03811115614ea6575f5ffd5b614eb289828a01614a6a565b979a9699509497509295939492505050565b8051614ecf816148f5565b8083525061ffff602082015116602083015261ffff604082015116604083015261ffff606082015116606083015261ffff608082015116608083015261ffff60a08201511660a08301525050565b60028110614f2d57614f2d614890565b9052565b614f3c828251614f1d565b6020810151151560208301526001600160401b0360408201511660408301526060810151614f69816148a4565b606083015260808181015163ffffffff169083015260a0908101516001600160601b0316910152565b81516001600160a01b031681526102c081016020830151614fbb602084018263ffffffff169052565b506040830151614fcf604084018215159052565b506060830151614fe4606084018260ff169052565b506080830151614ff9608084018260ff169052565b5060a083015161501460a08401826001600160801b03169052565b5060c083015161502760c0840182614ec4565b5060e0830151805165ffffffffffff908116610180850152602082015181166101a08501526040820151166101c08401525061010083015161506d6101e0840182614f31565b506101208301516102a083015292915050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176106da576106da615080565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f600182016150e4576150e4615080565b5060010190565b818103818111156106da576106da615080565b65ffffffffffff82811682821603908111156106da576106da615080565b60ff81811683821601908111156106da576106da615080565b808201808211156106da576106da615080565b5f5f8335601e1984360301811261515d575f5ffd5b8301803591506001600160401b03821115615176575f5ffd5b602001915036819003821315614aaa575f5ffd5b828482375f8382015f815283518060208601835e5f910190815295945050505050565b5f60ff821660ff81036151c2576151c2615080565b60010192915050565b5f602082840312156151db575f5ffd5b8135610c88816147fc565b8183526020830192505f815f5b8481101561521e578135615206816147fc565b60ff16865260209586019591909101906001016151f3565b5093949350505050565b602081525f610c856020830184866151e6565b60ff82811682821603908111156106da576106da615080565b83815260608101615264846148a4565b836020830152615273836148a4565b826040830152949350505050565b6060810161528e856148a4565b93815265ffffffffffff9283166020820152911660409091015290565b63ffffffff8116811461180e575f5ffd5b8035612144816152ab565b6001600160601b038116811461180e575f5ffd5b8035612144816152c7565b5f60a08284031280156152f7575f5ffd5b5060405160a081016001600160401b038111828210171561532657634e487b7160e01b5f52604160045260245ffd5b604052615332836152bc565b8152615340602084016152bc565b6020820152615351604084016152db565b6040820152615362606084016152db565b60608201526153736080840161480a565b60808201529392505050565b83815260ff8316602082015260608101615273836148f5565b634e487b7160e01b5f52601260045260245ffd5b5f826153ba576153ba615398565b500490565b5f826153cd576153cd615398565b500690565b5f81356106da816152ab565b801515811461180e575f5ffd5b5f81356106da816153de565b5f81356106da816147fc565b5f81356106da81614815565b6003811061180e575f5ffd5b61ffff8116811461180e575f5ffd5b5f81356106da8161541b565b81356154418161540f565b61544a816148f5565b815460ff821691508160ff19821617835560208401356154698161541b565b62ffff008160081b168362ffffff198416171784555050505f60408301356154908161541b565b825464ffff000000191660189190911b64ffff00000016178255506154da6154ba6060840161542a565b825466ffff0000000000191660289190911b66ffff000000000016178255565b6155096154e96080840161542a565b825461ffff60381b191660389190911b68ffff0000000000000016178255565b612a2c61551860a0840161542a565b82546affff000000000000000000191660489190911b6affff00000000000000000016178255565b65ffffffffffff8116811461180e575f5ffd5b813561555e81615540565b65ffffffffffff8116905081548165ffffffffffff198216178355602084013561558781615540565b6bffffffffffff0000000000008160301b16905080836001600160601b031984161717845560408501356155ba81615540565b71ffffffffffffffffffffffffffffffffffff19929092169092179190911760609190911b65ffffffffffff60601b1617905550565b6002811061180e575f5ffd5b6001600160401b038116811461180e575f5ffd5b5f81356106da816155fc565b5f81356106da81614ce9565b615631826148a4565b805460ff60501b191660509290921b60ff60501b16919091179055565b5f81356106da816152c7565b8135615665816155f0565b6002811061567557615675614890565b815460ff821691508160ff1982161783556020840135615694816153de565b61ffff199190911690911790151560081b61ff00161781556156e16156bb60408401615610565b825469ffffffffffffffff0000191660109190911b69ffffffffffffffff000016178255565b6156f66156f06060840161561c565b82615628565b615729615705608084016153d2565b82805463ffffffff60581b191660589290921b63ffffffff60581b16919091179055565b612a2c61573860a0840161564e565b8280546bffffffffffffffffffffffff60781b191660789290921b6bffffffffffffffffffffffff60781b16919091179055565b81356157778161499a565b81546001600160a01b0319166001600160a01b038216178255506157c46157a0602084016153d2565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b6157f16157d3604084016153eb565b82805460ff60c01b191691151560c01b60ff60c01b16919091179055565b61581e615800606084016153f7565b82805460ff60c81b191660c89290921b60ff60c81b16919091179055565b61584b61582d608084016153f7565b82805460ff60d01b191660d09290921b60ff60d01b16919091179055565b61587b61585a60a08401615403565b600183016001600160801b0382166001600160801b03198254161781555050565b61588b60c0830160028301615436565b61589c610180830160038301615553565b6158ad6101e083016004830161565a565b6102a09190910135600590910155565b8035612144816153de565b5f602082840312156158d8575f5ffd5b8135610c88816153de565b5f65ffffffffffff821665ffffffffffff81036151c2576151c2615080565b80356121448161541b565b80356159188161540f565b615921816148f5565b825260208101356159318161541b565b61ffff16602083015260408101356159488161541b565b61ffff166040830152606081013561595f8161541b565b61ffff16606083015260808101356159768161541b565b61ffff16608083015261598b60a08201615902565b61ffff811660a0840152505050565b80356159a581615540565b65ffffffffffff16825260208101356159bd81615540565b65ffffffffffff16602083015260408101356159d881615540565b65ffffffffffff81166040840152505050565b80356159f6816155f0565b615a008382614f1d565b506020810135615a0f816153de565b151560208301526040810135615a24816155fc565b6001600160401b031660408301526060810135615a4081614ce9565b615a49816148a4565b60608301526080810135615a5c816152ab565b63ffffffff16608083015260a0810135615a75816152c7565b6001600160601b03811660a0840152505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f5b86811015615b3957838303601f19018852813536879003601e19018112615aed575f5ffd5b86016020810190356001600160401b03811115615b08575f5ffd5b803603821315615b16575f5ffd5b615b21858284615a89565b60209a8b019a90955093909301925050600101615ac8565b50909695505050505050565b5f8435615b518161499a565b6001600160a01b03168252615b68602086016152bc565b63ffffffff166020830152615b7f604086016158bd565b15156040830152615b926060860161480a565b60ff166060830152615ba66080860161480a565b60ff166080830152615bba60a08601614829565b6001600160801b031660a0830152615bd860c080840190870161590d565b615bea6101808301610180870161599a565b615bfc6101e083016101e087016159eb565b6102a085810135908301526102e06102c08301819052610d0d9083018486615ab1565b8183526020830192505f815f5b8481101561521e578135615c3f8161541b565b61ffff1686526020958601959190910190600101615c2c565b8781526001600160a01b038716602082015260a0604082018190525f90615c8290830187896151e6565b8281036060840152615c95818688615c1f565b91505082608083015298975050505050505050565b608081525f615cbd60808301888a6151e6565b8281036020840152615cd0818789615c1f565b6040840195909552505060600152949350505050565b5f5f5f60608486031215615cf8575f5ffd5b8351615d03816153de565b6020850151909350615d1481615540565b6040850151909250615d25816152ab565b809150509250925092565b5f60208284031215615d40575f5ffd5b8135610c888161499a565b5f60208284031215615d5b575f5ffd5b8135610c8881614815565b5f60208284031215615d76575f5ffd5b8135610c8881615540565b65ffffffffffff8316815260808101610c88602083018461599a565b5f60208284031215615dad575f5ffd5b8135610c88816152ab565b5f60208284031215615dc8575f5ffd5b8151610c88816147fc565b82815260408101615de3836148f5565b8260208301529392505050565b63ffffffff81811683821601908111156106da576106da615080565b5f60208284031215615e1c575f5ffd5b8135610c888161541b565b5f60208284031215615e37575f5ffd5b8135610c888161540f565b60c081016106da828461590d565b5f60208284031215615e60575f5ffd5b8135610c88816155f0565b5f60208284031215615e7b575f5ffd5b8135610c8881614ce9565b5f60208284031215615e96575f5ffd5b8135610c88816152c7565b60c081016106da82846159eb565b63ffffffff841681526001600160601b038316602082015260e08101610c196040830184614d18565b5f5f60408385031215615ee9575f5ffd5b8251615ef4816152ab565b60208401519092506148ea816153de565b5f60208284031215615f15575f5ffd5b5051919050565b5f5f5f5f60808587031215615f2f575f5ffd5b8451615f3a816153de565b6020860151604087015160608801519296509094509250615f5a8161499a565b939692955090935050565b5f60208284031215615f75575f5ffd5b8151610c888161499a56fea164736f6c634300081e000a' as const

/** Creation code of RoundResultsDeployer. */
export const roundResultsDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b612c50806106ff83390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b60805161043a6102c55f395f6048015261043a5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780637213edad14610076578063fd82b73a1461008b575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b61007e6100b6565b60405161006d9190610320565b61009e61009936600461036c565b6100c6565b6040516001600160a01b03909116815260200161006d565b60606100c15f61011a565b905090565b604080516001600160a01b03808716602083015280861692820192909252818416606082015290821660808201525f906101119060a0016040516020818303038152906040526102d3565b95945050505050565b5f80546060918167ffffffffffffffff811115610139576101396103c5565b604051908082528060200260200182016040528015610162578160200160208202803683370190505b5090505f5f5b83811015610213575f8181548110610182576101826103d9565b905f5260205f20015f9054906101000a90046001600160a01b03168382815181106101af576101af6103d9565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106101e3576101e36103d9565b60200260200101516001600160a01b03163b6101ff9190610401565b610209908361041a565b9150600101610168565b5061021e858261041a565b67ffffffffffffffff811115610236576102366103c5565b6040519080825280601f01601f191660200182016040528015610260576020820181803683370190505b5093505f5f5b848110156102c9575f848281518110610281576102816103d9565b602002602001015190505f6001826001600160a01b03163b6102a39190610401565b90508060018560208b0101843c6102ba818561041a565b93505050806001019050610266565b5050505050919050565b5f5f6102df835161011a565b90505f835182516102f09190610401565b90508351602085018260208501015e8151602083015ff0925082610319576040513d5f823e3d81fd5b5050919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610369575f5ffd5b50565b5f5f5f5f6080858703121561037f575f5ffd5b843561038a81610355565b9350602085013561039a81610355565b925060408501356103aa81610355565b915060608501356103ba81610355565b939692955090935050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610414576104146103ed565b92915050565b80820180821115610414576104146103ed56fea164736f6c634300081e000a60c060405234801561000f575f5ffd5b50604051612c50380380612c5083398101604081905261002e91610154565b6001600160a01b03808516608052811660a05261004b5f84610090565b506001600160a01b03821615610087576100857ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa783610090565b505b505050506101b0565b5f8281526003602090815260408083206001600160a01b038516845290915281205460ff16610134575f8381526003602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100ec3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610137565b505f5b92915050565b6001600160a01b0381168114610151575f5ffd5b50565b5f5f5f5f60808587031215610167575f5ffd5b84516101728161013d565b60208601519094506101838161013d565b60408601519093506101948161013d565b60608601519092506101a58161013d565b939692955090935050565b60805160a051612a3261021e5f395f81816102d2015261121101525f81816103a901528181610581015281816109bf01528181610a5101528181610b0601528181610be801528181610d66015281816110ba015281816115be0152818161168001526118f10152612a325ff3fe608060405260043610610130575f3560e01c806391640fc3116100a8578063c6034d511161006d578063c6034d51146103f9578063d0eddb9a14610418578063d547741f14610437578063d98b934214610456578063df3db8601461048a578063ee13c52d146104a9575f5ffd5b806391640fc31461034a57806391d1485414610369578063a217fddf14610388578063a2e800ad1461039b578063b48467f3146103cd575f5ffd5b80632a4ccee5116100f95780632a4ccee51461020b5780632f2ff15d1461028657806336568abe146102a557806361d027b3146102c457806366eb9cec1461030a57806371bfabca1461031e575f5ffd5b80622854d71461013457806301ffc9a71461017a57806304ebeede146101a9578063248a9ca3146101be57806327fdac65146101ec575b5f5ffd5b34801561013f575f5ffd5b506101677ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa781565b6040519081526020015b60405180910390f35b348015610185575f5ffd5b50610199610194366004612027565b6104c8565b6040519015158152602001610171565b6101bc6101b736600461204e565b6104fe565b005b3480156101c9575f5ffd5b506101676101d836600461206e565b5f9081526003602052604090206001015490565b3480156101f7575f5ffd5b506101bc61020636600461206e565b6106ca565b348015610216575f5ffd5b5061026761022536600461206e565b5f908152600160209081526040918290208251808401909352546001600160a01b038116808452600160a01b9091046001600160601b03169290910182905291565b604080516001600160a01b039093168352602083019190915201610171565b348015610291575f5ffd5b506101bc6102a0366004612099565b61073e565b3480156102b0575f5ffd5b506101bc6102bf366004612099565b610768565b3480156102cf575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610171565b348015610315575f5ffd5b506101bc61079b565b348015610329575f5ffd5b5061033d61033836600461206e565b610835565b60405161017191906120eb565b348015610355575f5ffd5b5061019961036436600461214c565b6108e7565b348015610374575f5ffd5b50610199610383366004612099565b61092b565b348015610393575f5ffd5b506101675f81565b3480156103a6575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006102f2565b3480156103d8575f5ffd5b506103ec6103e736600461206e565b610955565b60405161017191906121ac565b348015610404575f5ffd5b5061026761041336600461214c565b610972565b348015610423575f5ffd5b506103ec61043236600461206e565b610ad9565b348015610442575f5ffd5b506101bc610451366004612099565b610ca5565b348015610461575f5ffd5b506101676104703660046121be565b6001600160a01b03165f9081526002602052604090205490565b348015610495575f5ffd5b506101bc6104a43660046121f5565b610cc9565b3480156104b4575f5ffd5b506101bc6104c3366004612292565b610f67565b5f6001600160e01b03198216637965db0b60e01b14806104f857506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61050a83600161124f565b8054909150610100900465ffffffffffff166105246112ac565b65ffffffffffff161061056757805460405163a5583e6d60e01b81526004810185905261010090910465ffffffffffff1660248201526044015b60405180910390fd5b604051600161e56d60e21b03198152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fffc6a4c906024016102c060405180830381865afa1580156105cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105f391906125ba565b610100015160a001516001600160601b0316905080341461063757604051630c28646f60e11b8152600481018590523460248201526044810182905260640161055e565b8154600260ff19909116178255604080518082018252338082526001600160601b0384811660208085019182525f8a81526001825286902094519151909216600160a01b026001600160a01b039091161790925582518481529182018690529186917f8e16c5ccaec3adf65ccefbde7d1f02cc6db6cb8876aaf4cf3048772f87a666a8910160405180910390a350505050565b5f6106d682600161124f565b8054909150610100900465ffffffffffff166106f06112ac565b65ffffffffffff16101561072f5780546040516325cf601d60e01b81526004810184905261010090910465ffffffffffff16602482015260440161055e565b61073982826112bb565b505050565b5f8281526003602052604090206001015461075881611335565b6107628383611342565b50505050565b6001600160a01b03811633146107915760405163334bd91960e11b815260040160405180910390fd5b61073982826113d3565b6107a361143e565b335f90815260026020526040812054908190036107d5576040516324f5170560e01b815233600482015260240161055e565b335f8181526002602052604080822091909155517f0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b455906108189084815260200190565b60405180910390a261082a3382611473565b506108336114ea565b565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525f8281526020819052604090819020815160a081019092528054829060ff16600381111561088f5761088f6120c7565b60038111156108a0576108a06120c7565b81528154610100810465ffffffffffff166020830152600160381b90046001600160801b031660408201526001820154606082015260029091015460809091015292915050565b5f8281526020819052604081206003815460ff16600381111561090c5761090c6120c7565b148015610923575060018082015460ff85161c8116145b949350505050565b5f9182526003602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f818152602081905260409020600101546060906104f890611514565b5f5f61097e84846108e7565b6109a75760405163b12ef89560e01b81526004810185905260ff8416602482015260440161055e565b604051600161e56d60e21b03198152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fffc6a4c906024016102c060405180830381865afa158015610a0d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a3191906125ba565b51604051630a8bf9bd60e11b81526004810186905260ff851660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690631517f37a9060440161010060405180830381865afa158015610a9f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ac39190612693565b519092506001600160801b031690509250929050565b60605f610ae58361159e565b9050610af283825f6116f9565b5f610afd845f61124f565b90505f5f610bc37f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e185b844886040518263ffffffff1660e01b8152600401610b5291815260200190565b5f60405180830381865afa158015610b6c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610b939190810190612734565b8560a001516001600160801b0316866101000151604001516001600160401b03168761010001516020015161174a565b604051636a34db1160e01b81526004810189905291935091505f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636a34db11906024016040805180830381865afa158015610c2c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c509190612830565b509050610c5c8261188c565b84546001600160801b0391909116600160381b02600160381b600160b81b03199091161784556001840183905560028401819055610c9a87856112bb565b979650505050505050565b5f82815260036020526040902060010154610cbf81611335565b61076283836113d3565b610cd16118c3565b5f610cdb8661159e565b9050610ce9868260016116f9565b610cf3865f61124f565b50806101000151606001516003811115610d0f57610d0f6120c7565b836003811115610d2157610d216120c7565b14610d4e5785838261010001516060015160405163a4904d3960e01b815260040161055e93929190612852565b604051636a34db1160e01b8152600481018790525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636a34db11906024016040805180830381865afa158015610db2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd69190612830565b509050808314610e0a576040516312ce294360e11b815260048101889052602481018490526044810182905260640161055e565b5f5f610e1889858a8a6118ec565b915091505f8461010001516080015163ffffffff16610e356112ac565b610e3f9190612893565b6040805160a0810182526001815265ffffffffffff831660208201529192508101610e698461188c565b6001600160801b03168152602080820186905260409182018990525f8d8152908190522081518154829060ff19166001836003811115610eab57610eab6120c7565b0217905550602082015181546040808501516001600160801b0316600160381b02600160381b600160b81b031965ffffffffffff9094166101000293909316610100600160b81b031990921691909117919091178255606083015160018301556080909201516002909101555133908b907f82798c743f264b3475950ea58fa27e297c5cb27e5a7c1ba8df5be35b124e0dfb90610f53908d908d9088908e908e908a906128b1565b60405180910390a350505050505050505050565b610f6f61143e565b610f77611c24565b5f610f8384600261124f565b5f858152600160208181526040808420815180830190925280546001600160a01b0381168352600160a01b90046001600160601b03168284015289855292909152919055909150831561108d575f8581526020818152604080832080546001600160b81b03191681556001810184905560029081018490558483015185516001600160a01b031685529252822080546001600160601b0390921692909161102b908490612927565b90915550508051602080830151604080516001600160601b0390921682529181018690526001600160a01b039092169187917fc23af21dd6027507bdfbfd74330f0414c4be20c693ea85799f4adca38d48778a910160405180910390a3611245565b815460ff19166001178255604051600161e56d60e21b03198152600481018690525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063fffc6a4c906024016102c060405180830381865afa158015611100573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061112491906125ba565b61010001516080015163ffffffff1661113b6112ac565b6111459190612893565b835466ffffffffffff00191661010065ffffffffffff8316021784558251602080850151604080516001600160601b0390921682529181018890529293506001600160a01b039091169188917f3a05da0d7eec74bdc6106078b75edb3c34150b0d8063d9d85902decfde420000910160405180910390a360405165ffffffffffff8216815286907fbc8b5c546ac51d553a1c439be046f8b0fa5ea3473a1ca0a363b989d768bdda159060200160405180910390a260208201516001600160601b031615611243576112437f000000000000000000000000000000000000000000000000000000000000000083602001516001600160601b0316611473565b505b50506107396114ea565b5f82815260208190526040902081600381111561126e5761126e6120c7565b815460ff166003811115611284576112846120c7565b146104f8578054604051636369e2eb60e11b815261055e91859160ff9091169060040161293a565b5f6112b642611c2d565b905090565b805460ff1916600317815560018101546060906112d790611514565b9050827fc9f37a04eb55b6c2a8423fa60711cb89250d409917ad34879fa8726bdf05c52382845f0160079054906101000a90046001600160801b0316856002015460405161132793929190612957565b60405180910390a292915050565b61133f8133611c5f565b50565b5f61134d838361092b565b6113cc575f8381526003602090815260408083206001600160a01b03861684529091529020805460ff191660011790556113843390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104f8565b505f6104f8565b5f6113de838361092b565b156113cc575f8381526003602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104f8565b611446611c98565b61083360017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611cd8565b8047101561149d5760405163cf47918160e01b81524760048201526024810182905260440161055e565b6114b6828260405180602001604052805f815250611cdf565b156114bf575050565b3d156114d1576114cd611cf4565b5050565b60405163d6bda27560e01b815260040160405180910390fd5b6108335f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061146d565b60408051610100808252612020820190925260609160208201612000803683370190505090505f5f5b83811c15611596578084901c6001166001036115865780838361155f81612984565b9450815181106115715761157161299c565b602002602001019060ff16908160ff16815250505b61158f81612984565b905061153d565b508152919050565b6115a6611f52565b604051630a8d1e0560e01b8152600481018390525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630a8d1e05906024016020604051808303815f875af115801561160c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061163091906129b0565b90506003816003811115611646576116466120c7565b14611668578281604051630e49b91d60e11b815260040161055e92919061293a565b604051600161e56d60e21b03198152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063fffc6a4c906024016102c060405180830381865afa1580156116ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116f291906125ba565b9392505050565b80600181111561170b5761170b6120c7565b610100830151516001811115611723576117236120c7565b1461073957610100820151516040516337152a6360e01b815261055e9185916004016129cb565b5f5f5f6117578786611cff565b805190915086905f905b8015611873575f846117746001846129e2565b815181106117845761178461299c565b602090810291909101015190505f6117a060ff808416906129e2565b90505f6117bb6001600160801b03600885901c8116906129e2565b90505f8d83815181106117d0576117d061299c565b60200260200101516020015160ff166001901b90508d83815181106117f7576117f761299c565b60200260200101516020015160ff165f14158015611816575085811615155b156118245750505050611863565b86821115611844578a1561183b5750505050611873565b50505050611863565b61184e82886129e2565b9650826001901b8a1799508086179550505050505b61186c816129f5565b9050611761565b5061187e82896129e2565b935050505094509492505050565b5f6001600160801b038211156118bf576040516306dfcc6560e41b8152608060048201526024810183905260440161055e565b5090565b6108337ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa7611335565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e185b844886040518263ffffffff1660e01b815260040161193d91815260200190565b5f60405180830381865afa158015611957573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261197e9190810190612734565b90505f5f5b85811015611bcb575f87878381811061199e5761199e61299c565b90506020020160208101906119b39190612a0a565b60ff16905081158015906119fa575087876119cf6001856129e2565b8181106119de576119de61299c565b90506020020160208101906119f39190612a0a565b60ff168111155b15611a5d57898888611a0d6001866129e2565b818110611a1c57611a1c61299c565b9050602002016020810190611a319190612a0a565b6040516305cbbfcb60e51b8152600481019290925260ff1660248201526044810182905260640161055e565b835181101580611a885750838181518110611a7a57611a7a61299c565b602002602001015160400151155b80611aaf5750838181518110611aa057611aa061299c565b6020026020010151606001515f145b80611ae85750886101000151604001516001600160401b0316848281518110611ada57611ada61299c565b602002602001015160600151105b15611b1057604051637ec4549160e01b8152600481018b90526024810182905260440161055e565b5f848281518110611b2357611b2361299c565b60200260200101516020015190508060ff165f14611b8257600160ff82161b841615611b755760405163dcaee8db60e01b8152600481018c905260ff821660248201526044810183905260640161055e565b8060ff166001901b841793505b816001901b87179650848281518110611b9d57611b9d61299c565b60200260200101515f01516001600160801b031686611bbc9190612927565b95505050806001019050611983565b508660a001516001600160801b0316831115611c195760a087015160405163e13f104560e01b8152600481018a9052602481018590526001600160801b03909116604482015260640161055e565b505094509492505050565b6108335f611335565b5f65ffffffffffff8211156118bf576040516306dfcc6560e41b8152603060048201526024810183905260440161055e565b611c69828261092b565b6114cd5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161055e565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561083357604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f5f5f83516020850186885af1949350505050565b6040513d5f823e3d81fd5b606082516001600160401b03811115611d1a57611d1a6122c7565b604051908082528060200260200182016040528015611d43578160200160208202803683370190505b5090505f5f5b8451811015611e58575f858281518110611d6557611d6561299c565b6020026020010151905080604001511580611d8257506060810151155b80611d905750848160600151105b15611d9b5750611e50565b6008611daa60806101006129e2565b611db491906129e2565b6060820151901c15611de957606081015160405163718d193760e01b815261055e918491600401918252602082015260400190565b611df48260ff6129e2565b8151600890611e0e906001600160801b03908116906129e2565b901b611e1c60086080612927565b6060840151901b17178484611e3081612984565b955081518110611e4257611e4261299c565b602002602001018181525050505b600101611d49565b50808252611e6582611e6d565b505092915050565b6060611e7b82611e82611e86565b5090919050565b1190565b6060611e7b60208401611e9885611e9e565b84611eb5565b5f8151602002611eae8360200190565b0192915050565b60208383031115610739575f611ec9845190565b905083602081015b84811015611f0b57611eee611ee4825190565b848663ffffffff16565b15611f03576020919091018051825182528252905b602001611ed1565b50845181518652815260208101601f19828603018683031015611f3b57611f33868386611eb5565b809550611f4a565b611f46818686611eb5565b8194505b505050611eb5565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915260c08101611fc06040805160c08101909152805f81525f6020820181905260408201819052606082018190526080820181905260a09091015290565b8152604080516060810182525f808252602082810182905292820152910190815260200161201b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915290565b81526020015f81525090565b5f60208284031215612037575f5ffd5b81356001600160e01b0319811681146116f2575f5ffd5b5f5f6040838503121561205f575f5ffd5b50508035926020909101359150565b5f6020828403121561207e575f5ffd5b5035919050565b6001600160a01b038116811461133f575f5ffd5b5f5f604083850312156120aa575f5ffd5b8235915060208301356120bc81612085565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b6004811061133f5761133f6120c7565b815160a08201906120fb816120db565b8083525065ffffffffffff60208401511660208301526001600160801b036040840151166040830152606083015160608301526080830151608083015292915050565b60ff8116811461133f575f5ffd5b5f5f6040838503121561215d575f5ffd5b8235915060208301356120bc8161213e565b5f8151808452602084019350602083015f5b828110156121a257815160ff16865260209586019590910190600101612181565b5093949350505050565b602081525f6116f2602083018461216f565b5f602082840312156121ce575f5ffd5b81356116f281612085565b6004811061133f575f5ffd5b80356121f0816121d9565b919050565b5f5f5f5f5f60808688031215612209575f5ffd5b8535945060208601356001600160401b03811115612225575f5ffd5b8601601f81018813612235575f5ffd5b80356001600160401b0381111561224a575f5ffd5b8860208260051b840101111561225e575f5ffd5b60209190910194509250612274604087016121e5565b949793965091946060013592915050565b801515811461133f575f5ffd5b5f5f5f606084860312156122a4575f5ffd5b8335925060208401356122b681612285565b929592945050506040919091013590565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156122fd576122fd6122c7565b60405290565b60405161014081016001600160401b03811182821017156122fd576122fd6122c7565b60405161010081016001600160401b03811182821017156122fd576122fd6122c7565b604051608081016001600160401b03811182821017156122fd576122fd6122c7565b604051601f8201601f191681016001600160401b0381118282101715612393576123936122c7565b604052919050565b80516121f081612085565b805163ffffffff811681146121f0575f5ffd5b80516121f081612285565b80516121f08161213e565b80516001600160801b03811681146121f0575f5ffd5b6003811061133f575f5ffd5b80516121f0816123e5565b805161ffff811681146121f0575f5ffd5b5f60c0828403121561241d575f5ffd5b6124256122db565b90508151612432816123e5565b8152612440602083016123fc565b6020820152612451604083016123fc565b6040820152612462606083016123fc565b6060820152612473608083016123fc565b608082015261248460a083016123fc565b60a082015292915050565b805165ffffffffffff811681146121f0575f5ffd5b5f606082840312156124b4575f5ffd5b604051606081016001600160401b03811182821017156124d6576124d66122c7565b6040529050806124e58361248f565b81526124f36020840161248f565b60208201526125046040840161248f565b60408201525092915050565b80516121f0816121d9565b80516001600160601b03811681146121f0575f5ffd5b5f60c08284031215612541575f5ffd5b6125496122db565b9050815160028110612559575f5ffd5b8152602082015161256981612285565b602082015260408201516001600160401b0381168114612587575f5ffd5b604082015261259860608301612510565b60608201526125a9608083016123a6565b608082015261248460a0830161251b565b5f6102c08284031280156125cc575f5ffd5b506125d5612303565b6125de8361239b565b81526125ec602084016123a6565b60208201526125fd604084016123b9565b604082015261260e606084016123c4565b606082015261261f608084016123c4565b608082015261263060a084016123cf565b60a08201526126428460c0850161240d565b60c08201526126558461018085016124a4565b60e0820152612668846101e08501612531565b6101008201526102a0929092015161012083015250919050565b8051600381900b81146121f0575f5ffd5b5f6101008284031280156126a5575f5ffd5b506126ae612326565b6126b7836123cf565b815260208301516126c78161213e565b60208201526126d8604084016123f1565b60408201526126e9606084016123c4565b60608201526126fa60808401612682565b608082015261270b60a08401612682565b60a082015261271c60c0840161239b565b60c082015260e0928301519281019290925250919050565b5f60208284031215612744575f5ffd5b81516001600160401b03811115612759575f5ffd5b8201601f81018413612769575f5ffd5b80516001600160401b03811115612782576127826122c7565b61279160208260051b0161236b565b8082825260208201915060208360071b8501019250868311156127b2575f5ffd5b6020840193505b8284101561282657608084880312156127d0575f5ffd5b6127d8612349565b6127e1856123cf565b815260208501516127f18161213e565b6020820152604085015161280481612285565b60408201526060858101519082015282526080909301926020909101906127b9565b9695505050505050565b5f5f60408385031215612841575f5ffd5b505080516020909101519092909150565b83815260608101612862846120db565b836020830152612871836120db565b826040830152949350505050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff81811683821601908111156104f8576104f861287f565b60a080825281018690525f8760c08301825b898110156128ed5782356128d68161213e565b60ff168252602092830192909101906001016128c3565b508092505050856020830152612902856120db565b84604083015283606083015265ffffffffffff83166080830152979650505050505050565b808201808211156104f8576104f861287f565b8281526040810161294a836120db565b8260208301529392505050565b606081525f612969606083018661216f565b6001600160801b039490941660208301525060400152919050565b5f600182016129955761299561287f565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156129c0575f5ffd5b81516116f2816121d9565b828152604081016002831061294a5761294a6120c7565b818103818111156104f8576104f861287f565b5f81612a0357612a0361287f565b505f190190565b5f60208284031215612a1a575f5ffd5b81356116f28161213e56fea164736f6c634300081e000a' as const

/** Creation code of MilestoneEscrowDeployer. */
export const milestoneEscrowDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b6117dd806106ff83390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b60805161043a6102c55f395f6048015261043a5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780637213edad14610076578063fd82b73a1461008b575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b61007e6100b6565b60405161006d9190610320565b61009e61009936600461036c565b6100c6565b6040516001600160a01b03909116815260200161006d565b60606100c15f61011a565b905090565b604080516001600160a01b03808716602083015280861692820192909252818416606082015290821660808201525f906101119060a0016040516020818303038152906040526102d3565b95945050505050565b5f80546060918167ffffffffffffffff811115610139576101396103c5565b604051908082528060200260200182016040528015610162578160200160208202803683370190505b5090505f5f5b83811015610213575f8181548110610182576101826103d9565b905f5260205f20015f9054906101000a90046001600160a01b03168382815181106101af576101af6103d9565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106101e3576101e36103d9565b60200260200101516001600160a01b03163b6101ff9190610401565b610209908361041a565b9150600101610168565b5061021e858261041a565b67ffffffffffffffff811115610236576102366103c5565b6040519080825280601f01601f191660200182016040528015610260576020820181803683370190505b5093505f5f5b848110156102c9575f848281518110610281576102816103d9565b602002602001015190505f6001826001600160a01b03163b6102a39190610401565b90508060018560208b0101843c6102ba818561041a565b93505050806001019050610266565b5050505050919050565b5f5f6102df835161011a565b90505f835182516102f09190610401565b90508351602085018260208501015e8151602083015ff0925082610319576040513d5f823e3d81fd5b5050919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610369575f5ffd5b50565b5f5f5f5f6080858703121561037f575f5ffd5b843561038a81610355565b9350602085013561039a81610355565b925060408501356103aa81610355565b915060608501356103ba81610355565b939692955090935050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610414576104146103ed565b92915050565b80820180821115610414576104146103ed56fea164736f6c634300081e000a60c060405234801561000f575f5ffd5b506040516117dd3803806117dd83398101604081905261002e91610150565b6001600160a01b03808516608052831660a05261004b5f83610090565b506001600160a01b03811615610087576100857ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa782610090565b505b505050506101ac565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610130575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610133565b505f5b92915050565b6001600160a01b038116811461014d575f5ffd5b50565b5f5f5f5f60808587031215610163575f5ffd5b845161016e81610139565b602086015190945061017f81610139565b604086015190935061019081610139565b60608601519092506101a181610139565b939692955090935050565b60805160a0516116026101db5f395f81816101c20152610e3901525f81816102d2015261038f01526116025ff3fe608060405234801561000f575f5ffd5b50600436106100fa575f3560e01c80637a12e30911610093578063a217fddf11610063578063a217fddf146102c9578063a48bdb7c146102d0578063cab849e4146102f6578063d547741f14610309575f5ffd5b80637a12e309146101fa5780637f85204d1461020d57806381a5e1891461029657806391d14854146102b6575f5ffd5b80632f2ff15d116100ce5780632f2ff15d1461019257806336568abe146101a55780634c05abeb146101b857806361d027b3146101c0575f5ffd5b80622854d7146100fe57806301ffc9a714610138578063074eaaf81461015b578063248a9ca314610170575b5f5ffd5b6101257ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa781565b6040519081526020015b60405180910390f35b61014b610146366004611219565b61031c565b604051901515815260200161012f565b61016e610169366004611270565b610352565b005b61012561017e36600461130a565b5f9081526020819052604090206001015490565b61016e6101a0366004611321565b6109c8565b61016e6101b3366004611321565b6109f2565b610125604081565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161012f565b61016e61020836600461134f565b610a2a565b61027261021b366004611387565b6040805180820182525f80825260209182018190529485526002815281852060ff94909416855292835280842091845290825291829020825180840190935280546001600160801b03168352600101549082015290565b6040805182516001600160801b03168152602092830151928101929092520161012f565b6102a96102a43660046113ba565b610c59565b60405161012f9190611418565b61014b6102c4366004611321565b610d56565b6101255f81565b7f00000000000000000000000000000000000000000000000000000000000000006101e2565b61016e610304366004611387565b610d7e565b61016e610317366004611321565b610e68565b5f6001600160e01b03198216637965db0b60e01b148061034c57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61035c81610e8c565b610364610e99565b60405163c6034d5160e01b81526004810187905260ff861660248201525f9081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063c6034d51906044016040805180830381865afa1580156103d3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103f7919061149f565b5f8a815260016020908152604080832060ff8d16845290915281209294509092508154600160a01b900460ff166003811115610435576104356113e4565b1461046d578054604051638151643960e01b8152610464918b918b91600160a01b900460ff16906004016114cb565b60405180910390fd5b6001600160a01b0387166104a05760405163c00745a960e01b8152600481018a905260ff89166024820152604401610464565b8415806104ad5750604085115b156104e757604080516377f0902d60e01b8152600481018b905260ff8a166024820152604481018790526064810191909152608401610464565b5f89815260026020908152604080832060ff8c1684529091528120815b878110156106865788888281811061051e5761051e6114f0565b6105349260206040909202019081019150611518565b6001600160801b03165f0361056f576040516311189e4160e01b8152600481018d905260ff8c16602482015260448101829052606401610464565b888882818110610581576105816114f0565b6105979260206040909202019081019150611518565b6105aa906001600160801b031684611547565b92508888828181106105be576105be6114f0565b905060400201825f8381526020019081526020015f2081816105e0919061155a565b505060ff8b168c7fd96166690dea226b4f96aaec9dc0febcc0ab9f8742c67e813674eed6f1f34548838c8c8281811061061b5761061b6114f0565b6106319260206040909202019081019150611518565b8d8d87818110610643576106436114f0565b90506040020160200135604051610676939291909283526001600160801b03919091166020830152604082015260600190565b60405180910390a3600101610504565b50838211156106c257604051632a1cb0e960e11b8152600481018c905260ff8b1660248201526044810183905260648101859052608401610464565b6040805160e081019091526001600160a01b038616815260208101600181526020018989905061ffff1681526020015f61ffff1681526020018a6001600160a01b03168152602001836001600160801b031681526020015f6001600160801b031681525060015f8d81526020019081526020015f205f8c60ff1681526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff0219169083600381111561079c5761079c6113e4565b0217905550604082810151825460608086015163ffffffff60a81b19909216600160a81b61ffff9485160261ffff60b81b191617600160b81b93909216929092021783556080808501516001850180546001600160a01b0319166001600160a01b0392831617905560a086015160c0909601516001600160801b03968716600160801b97909116969096029590951760029094019390935581513381528d8516602082015291820186905281018a90529187169160ff8d16918e917f4140362167beae20459638484431a8de4fb7dcd12a00b7329289b29e1c9a1f38910160405180910390a46040516370a0823160e01b81523060048201525f906001600160a01b038716906370a0823190602401602060405180830381865afa1580156108c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108ea919061158d565b90506109016001600160a01b038716333086610ed0565b6040516370a0823160e01b81523060048201525f9082906001600160a01b038916906370a0823190602401602060405180830381865afa158015610947573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061096b919061158d565b61097591906115a4565b90508381146109b157604051631af3ac2760e01b8152600481018e905260ff8d1660248201526044810185905260648101829052608401610464565b505050505050506109c0610f06565b505050505050565b5f828152602081905260409020600101546109e281610e8c565b6109ec8383610f30565b50505050565b6001600160a01b0381163314610a1b5760405163334bd91960e11b815260040160405180910390fd5b610a258282610fbf565b505050565b7ff25036a6852152e96c39cc9bf999cf0e78b9ebf96c37327327f9c87088a5dfa7610a5481610e8c565b610a5c610e99565b5f610a678686611028565b8054909150600160b81b900461ffff16848114610ab157604051630455e23760e51b81526004810188905260ff871660248201526044810186905260648101829052608401610464565b5f87815260026020908152604080832060ff8a16845282528083208884529091529020546001600160801b0316610ae9826001611547565b835461ffff91909116600160b81b0261ffff60b81b19909116178355600283018054829190601090610b2d9084906001600160801b03600160801b909104166115b7565b82546101009290920a6001600160801b038181021990931691831602179091556001850154604080518a8152928516602084015282018890526001600160a01b03169150819060ff8a16908b907f07f605930d4231e07755fe8e7a582b59dbf8af659459730c146a855c5ce8607a9060600160405180910390a48354600160a81b900461ffff16610bbf846001611547565b03610c27578354600160a11b60ff60a01b199091161784556002840154604051600160801b9091046001600160801b0316815260ff8916908a907ff1b9e8547911bf1a02d205f4f4434441a4d71757af95e6649a4abebb977474079060200160405180910390a35b8354610c46906001600160a01b0316826001600160801b038516611091565b50505050610c52610f06565b5050505050565b6040805160e080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905260c084018290528682526001815284822060ff878116845290825291859020855193840190955284546001600160a01b03811684529394929390840191600160a01b909104166003811115610ce257610ce26113e4565b6003811115610cf357610cf36113e4565b8152815461ffff600160a81b820481166020840152600160b81b90910416604082015260018201546001600160a01b031660608201526002909101546001600160801b038082166080840152600160801b9091041660a090910152905092915050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610d8881610e8c565b610d90610e99565b5f610d9b8585611028565b60028101549091505f90610dc1906001600160801b03600160801b8204811691166115d6565b8254600360a01b60ff60a01b19909116178355604080516001600160801b039290921680835260208301879052925060ff87169188917f0b1fc3ee7510a78c127f30095ed1b3350eb2eafa8e57c8541409e96f4e70bd99910160405180910390a38015610e5e578154610e5e906001600160a01b03167f000000000000000000000000000000000000000000000000000000000000000083611091565b50506109ec610f06565b5f82815260208190526040902060010154610e8281610e8c565b6109ec8383610fbf565b610e9681336110c6565b50565b610ea1611103565b610ece60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611143565b565b610ede84848484600161114a565b6109ec57604051635274afe760e01b81526001600160a01b0385166004820152602401610464565b610ece5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610ec8565b5f610f3b8383610d56565b610fb8575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f703390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161034c565b505f61034c565b5f610fca8383610d56565b15610fb8575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161034c565b5f82815260016020818152604080842060ff86168552909152909120908154600160a01b900460ff166003811115611062576110626113e4565b1461034c5780546040516304bbc87d60e31b81526104649185918591600160a01b900460ff16906004016114cb565b61109e83838360016111b7565b610a2557604051635274afe760e01b81526001600160a01b0384166004820152602401610464565b6110d08282610d56565b6110ff5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610464565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610ece57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166111a657838315161561119a573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661120d578383151615611201573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60208284031215611229575f5ffd5b81356001600160e01b031981168114611240575f5ffd5b9392505050565b803560ff81168114611257575f5ffd5b919050565b6001600160a01b0381168114610e96575f5ffd5b5f5f5f5f5f60808688031215611284575f5ffd5b8535945061129460208701611247565b935060408601356112a48161125c565b9250606086013567ffffffffffffffff8111156112bf575f5ffd5b8601601f810188136112cf575f5ffd5b803567ffffffffffffffff8111156112e5575f5ffd5b8860208260061b84010111156112f9575f5ffd5b959894975092955050506020019190565b5f6020828403121561131a575f5ffd5b5035919050565b5f5f60408385031215611332575f5ffd5b8235915060208301356113448161125c565b809150509250929050565b5f5f5f5f60808587031215611362575f5ffd5b8435935061137260208601611247565b93969395505050506040820135916060013590565b5f5f5f60608486031215611399575f5ffd5b833592506113a960208501611247565b929592945050506040919091013590565b5f5f604083850312156113cb575f5ffd5b823591506113db60208401611247565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b6004811061141457634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b0316815260208083015160e083019161143c908401826113f8565b5061ffff604084015116604083015261ffff606084015116606083015260018060a01b0360808401511660808301526001600160801b0360a08401511660a083015260c083015161149860c08401826001600160801b03169052565b5092915050565b5f5f604083850312156114b0575f5ffd5b82516114bb8161125c565b6020939093015192949293505050565b83815260ff83166020820152606081016114e860408301846113f8565b949350505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160801b0381168114610e96575f5ffd5b5f60208284031215611528575f5ffd5b813561124081611504565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561034c5761034c611533565b813561156581611504565b6001600160801b0381166001600160801b031983541617825550602082013560018201555050565b5f6020828403121561159d575f5ffd5b5051919050565b8181038181111561034c5761034c611533565b6001600160801b03818116838216019081111561034c5761034c611533565b6001600160801b03828116828216039081111561034c5761034c61153356fea164736f6c634300081e000a' as const

/** Creation code of IdentityGroupsDeployer. */
export const identityGroupsDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b6128f38061069683390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b6080516103d16102c55f395f604801526103d15ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780634c96a389146100765780637213edad146100a1575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b610089610084366004610300565b6100b6565b6040516001600160a01b03909116815260200161006d565b6100a96100ea565b60405161006d919061032d565b604080516001600160a01b03831660208201525f916100e491016040516020818303038152906040526100fa565b92915050565b60606100f55f610147565b905090565b5f5f6101068351610147565b90505f835182516101179190610376565b90508351602085018260208501015e8151602083015ff0925082610140576040513d5f823e3d81fd5b5050919050565b5f80546060918167ffffffffffffffff81111561016657610166610389565b60405190808252806020026020018201604052801561018f578160200160208202803683370190505b5090505f5f5b83811015610240575f81815481106101af576101af61039d565b905f5260205f20015f9054906101000a90046001600160a01b03168382815181106101dc576101dc61039d565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106102105761021061039d565b60200260200101516001600160a01b03163b61022c9190610376565b61023690836103b1565b9150600101610195565b5061024b85826103b1565b67ffffffffffffffff81111561026357610263610389565b6040519080825280601f01601f19166020018201604052801561028d576020820181803683370190505b5093505f5f5b848110156102f6575f8482815181106102ae576102ae61039d565b602002602001015190505f6001826001600160a01b03163b6102d09190610376565b90508060018560208b0101843c6102e781856103b1565b93505050806001019050610293565b5050505050919050565b5f60208284031215610310575f5ffd5b81356001600160a01b0381168114610326575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156100e4576100e4610362565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b808201808211156100e4576100e461036256fea164736f6c634300081e000a60a060405234801561000f575f5ffd5b506040516128f33803806128f383398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b60805161284c6100a75f395f81816101c90152818161066c0152818161099301528181610db3015281816110e00152611571015261284c5ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c80639c4442ac1161009e578063dbacc2371161006e578063dbacc2371461031a578063ea70b4af14610342578063ef4242fc1461034a578063f207564e14610398578063fe9d4c4f146103ab575f5ffd5b80639c4442ac14610243578063bd8d44b21461024a578063c15c407014610252578063c634562614610265575f5ffd5b80637503655e116100e45780637503655e1461019f5780637a3d2d43146101b45780637b103999146101c75780637bb20812146102015780638fbb1d1f14610214575f5ffd5b806306dd848514610115578063264d15c81461013b5780632b956e6d1461015e578063503ae18714610171575b5f5ffd5b610128610123366004612380565b6103be565b6040519081526020015b60405180910390f35b61014e6101493660046123d1565b6103de565b6040519015158152602001610132565b61012861016c36600461241f565b61042f565b61018461017f36600461243a565b610448565b60408051938452602084019290925290820152606001610132565b6101b26101ad366004612451565b610473565b005b6101286101c236600461246a565b61061f565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610132565b6101b261020f366004612451565b610661565b61022761022236600461246a565b610752565b6040805192835265ffffffffffff909116602083015201610132565b6101285f81565b6101286107ba565b6101b26102603660046124df565b6107fc565b6102f8610273366004612451565b6001600160a01b03165f8181526005602090815260408083208151608081018352905460ff8082161515835261010082041615158285019081526201000082046001600160401b03908116848601908152600160501b90930465ffffffffffff1660608501529686526003909452919093205492519051915192949093919091169190565b6040805194855292151560208501529183015215156060820152608001610132565b6101e961032836600461243a565b5f908152600460205260409020546001600160a01b031690565b610128610bd8565b610381610358366004612451565b6001600160a01b03165f90815260056020526040902054600160501b900465ffffffffffff1690565b60405165ffffffffffff9091168152602001610132565b6101b26103a636600461243a565b610bf1565b6101b26103b936600461255d565b610e55565b5f8281526020819052604081206103d59083610fcc565b90505b92915050565b6001600160a01b0383165f90815260066020526040812081906104019084611017565b6001600160d01b03169050831561041e5783600182901c14610426565b806001166001145b95945050505050565b5f610439826110c7565b6001600160401b031692915050565b5f818152602081815260408083206001810154808552600282019093529220549154905b9193909250565b6001600160a01b0381165f9081526005602090815260408083208151608081018352905460ff808216151583526101008204161515938201939093526201000083046001600160401b031691810191909152600160501b90910465ffffffffffff16606082015290806104e5846110d9565b915091508115806104f557508251155b80610501575082602001515b80610518575060408301516001600160401b031615155b1561054657604051631a6bd48b60e31b81526001600160a01b03851660048201526024015b60405180910390fd5b61054e6111ac565b5f610558826110c7565b6001600160a01b0386165f90815260036020526040902054909150610587906001600160401b03831690611241565b6001600160a01b0385165f908152600560205260409020805469ffffffffffffffff00001916620100006001600160401b038416021790556105cb856001836112bb565b60408051600181526001600160401b03831660208201526001600160a01b038716917f368ee1deb3c2f5104974b18f923212a7cfa3484c74adabdbf62988731cb5083c910160405180910390a25050505050565b5f8281526002602090815260408083206001909252822082906106429085611017565b6001600160d01b031681526020019081526020015f2054905092915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106ac5760405163eba7377360e01b815233600482015260240161053d565b6001600160a01b0381165f908152600560205260409020805460ff1615806106da57508054610100900460ff165b156106e3575050565b805461ff0019166101001781556107196106fb61130d565b610705600761131c565b6107109060016125a1565b60079190611354565b50506040516001600160a01b038316907f3fd02997b66a7e6981b345f9a907434201360b25a20265f0d0b49d5f4cec15a2905f90a25050565b5f8080610760600785611017565b6001600160d01b031615801561077c575061077a8461136e565b155b9050806107935761078e6008856113ba565b610795565b835b915065ffffffffffff8216156107b2576107af858361061f565b92505b509250929050565b5f5f6107c6600b61131c565b6001600160d01b0316905080156107f4576107e26001826125c0565b6107ef90620151806125d3565b6107f6565b5f5b91505090565b6001600160a01b0385165f9081526005602090815260408083208151608081018352905460ff808216151583526101008204161515938201939093526201000083046001600160401b031691810191909152600160501b90910465ffffffffffff1660608201529061086c61130d565b90505f825f0151801561089357508165ffffffffffff1661089084606001516113fe565b11155b905082602001511580156108a5575080155b156108ce57604051631655b96d60e11b81526001600160a01b038916600482015260240161053d565b5f5f6108d98a6110d9565b6001600160a01b038c165f908152600360205260409020548751929450909250901561090c5761090c8660600151611421565b826109f15761091d5f828c8c6114cf565b60408601516001600160401b0316156109495761094986604001516001600160401b0316828a8a6114cf565b5f8087526040808801829052606088018290526001600160a01b038d81168084526003602052828420849055915163d46fa4cd60e01b8152600481019290925260248201929092527f00000000000000000000000000000000000000000000000000000000000000009091169063d46fa4cd906044015f604051808303815f87803b1580156109d6575f5ffd5b505af11580156109e8573d5f5f3e3d5ffd5b50505050610a71565b60408601516001600160401b031615801590610a2b5750610a11826110c7565b6001600160401b031686604001516001600160401b031614155b15610a5057610a4986604001516001600160401b0316828a8a6114cf565b5f60408701525b610a598b61154e565b65ffffffffffff1660608701819052610a719061161f565b5f610a7c600761131c565b9050866020015115610aa457610a936001826125ea565b9050610aa160078783611354565b50505b5f60208089018281526001600160a01b038f1683526005909152604091829020895181549251938b015160608c015165ffffffffffff16600160501b0265ffffffffffff60501b196001600160401b03831662010000021662010000600160801b03199615156101000261ff00198515151661ffff1990971696909617959095179590951693909317939093179055610b3e918e916112bb565b6001600160d01b038116158015610b5b5750610b598661136e565b155b15610b7757610b7460088765ffffffffffff8116611354565b50505b8651604080890151815192151583526001600160401b031660208301526001600160a01b038e16917f368ee1deb3c2f5104974b18f923212a7cfa3484c74adabdbf62988731cb5083c910160405180910390a2505050505050505050505050565b5f610be3600761131c565b6001600160d01b0316905090565b335f80610bfd836110d9565b9150915081610c2a57604051631482cb5f60e31b81526001600160a01b038416600482015260240161053d565b6001600160a01b0383165f9081526003602052604090205415610c82576001600160a01b0383165f8181526003602052604090819020549051632dea2ebb60e11b81526004810192909252602482015260440161053d565b610c8a6111ac565b610c9483856116c1565b5f610c9e826110c7565b9050610caa5f86611241565b610cbd816001600160401b031686611241565b5f610cc78561154e565b9050610cd28161161f565b6040805160808101825260018082525f60208084018281526001600160401b0388811686880190815265ffffffffffff898116606089019081526001600160a01b038f1687526005909552979094209551865492519451935161ffff1990931690151561ff00191617610100941515949094029390931762010000600160801b03191662010000929093169190910265ffffffffffff60501b191691909117600160501b9190941602929092179055610d8d908690846112bb565b60405163d46fa4cd60e01b81526001600160a01b038681166004830152600160248301527f0000000000000000000000000000000000000000000000000000000000000000169063d46fa4cd906044015f604051808303815f87803b158015610df4575f5ffd5b505af1158015610e06573d5f5f3e3d5ffd5b5050604080518981525f60208201526001600160a01b03891693507ff7d1b7a5c05e6197783f6c88803960e1ee5de678152ffafda6735dca4ae1a08192500160405180910390a2505050505050565b335f610e60826110d9565b50905080610e8c57604051631482cb5f60e31b81526001600160a01b038316600482015260240161053d565b6001600160a01b0382165f9081526003602090815260408083205460058352928190208151608081018352905460ff808216151583526101008204161515938201939093526201000083046001600160401b031691810191909152600160501b90910465ffffffffffff166060820152811580610f0857508051155b15610f315760405163623a22e160e01b81526001600160a01b038516600482015260240161053d565b610f396111ac565b610f43848a6116c1565b610f505f838b8b8b611767565b60408101516001600160401b031615610f7d57610f7d81604001516001600160401b0316838b8989611767565b604080518a8152602081018490526001600160a01b038616917ff7d1b7a5c05e6197783f6c88803960e1ee5de678152ffafda6735dca4ae1a081910160405180910390a2505050505050505050565b5f8181526003830160205260408120548103610ffb57604051631c811d5b60e21b815260040160405180910390fd5b5f8281526003840160205260409020546103d5906001906125c0565b81545f9081816005811115611073575f611030846117ef565b61103a90856125c0565b5f8881526020902090915081015465ffffffffffff908116908716101561106357809150611071565b61106e816001612609565b92505b505b5f61108087878585611947565b905080156110ba576110a4876110976001846125c0565b5f91825260209091200190565b54600160301b90046001600160d01b03166110bc565b5f5b979650505050505050565b5f6103d863ffffffff8316600161261c565b5f5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e4ae5323876040518263ffffffff1660e01b815260040161113991906001600160a01b0391909116815260200190565b606060405180830381865afa158015611154573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611178919061263b565b9250925092508280156111a1575061118e61130d565b65ffffffffffff168265ffffffffffff16115b969095509350505050565b5f6111b7600761131c565b6001600160d01b031690505f6111cd600861199d565b509150505f6111da61130d565b9050821515806111ee57506111ee8161136e565b8061121b575065ffffffffffff82161580159061121b57508065ffffffffffff168265ffffffffffff1610155b1561123c5760405163016192b760e21b81526004810184905260240161053d565b505050565b5f8281526020819052604081209061125982846119f5565b90506112658482611bb4565b837f19239b3f93cd10558aaf11423af70c77763bf54f52bcc75bfa74d4d13548cde96001845f015461129791906125c0565b6040805191825260208201879052810184905260600160405180910390a250505050565b6113066112c661130d565b836112d1575f6112d4565b60015b6001600160a01b0386165f908152600660205260409020919060ff16600185901b6801fffffffffffffffe1617611354565b5050505050565b5f61131742611c17565b905090565b80545f90801561134b57611335836110976001846125c0565b54600160301b90046001600160d01b031661134d565b5f5b9392505050565b5f80611361858585611c4d565b915091505b935093915050565b5f8061137b600b84611017565b6001600160d01b03169050801580159061134d575065ffffffffffff83166113a46001836125c0565b6113b190620151806125d3565b11159392505050565b81545f90816113cb85858385611d9d565b90508181146113f4575f85815260209020810154600160301b90046001600160d01b0316610426565b5f95945050505050565b5f6114146201518065ffffffffffff8416612692565b6103d890620151806125d3565b5f6114376201518065ffffffffffff8416612692565b5f818152600960205260408120805492935091611453906126b1565b918290555015611461575050565b600881901c5f908152600a602052604090208054600160ff841681901b19909116909155611490908290612609565b61149a600b61131c565b6001600160d01b0316146114ac575050565b6114c96114b761130d565b6114c083611deb565b600b9190611354565b50505050565b5f848152602081905260408120906114e78286610fcc565b90505f6114f683878787611ef0565b90506115028782611bb4565b604080518381526020810188905290810182905287907f3108849c053c77b8073a11256dffb5ffd5b55e93e105a355e1c9061db890d8719060600160405180910390a250505050505050565b60405163e4ae532360e01b81526001600160a01b0382811660048301525f9182917f0000000000000000000000000000000000000000000000000000000000000000169063e4ae532390602401606060405180830381865afa1580156115b6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115da919061263b565b509150505f6312cc03006115ec61130d565b65ffffffffffff166115fe9190612609565b9050808265ffffffffffff16106116155780611617565b815b949350505050565b5f6116356201518065ffffffffffff8416612692565b5f818152600960205260408120805492935090611651836126c6565b919050555f0361167a57600881901c5f908152600a602052604090208054600160ff84161b1790555b5f611685600b61131c565b6001600160d01b031690508015806116a65750806116a4836001612609565b105b1561123c576113066116b661130d565b6114c0846001612609565b5f818152600460205260409020546001600160a01b031681158061170a57506001600160a01b0381161580159061170a5750826001600160a01b0316816001600160a01b031614155b1561172b57604051630981c4c560e01b81526004810183905260240161053d565b505f81815260046020908152604080832080546001600160a01b039096166001600160a01b031990961686179055938252600390529190912055565b5f8581526020819052604081209061177f8287610fcc565b90505f61178f8388888888611efa565b905061179b8882611bb4565b60408051838152602081018990529081018790526060810182905288907fea3588e4a2a0c93d6a0e69dfeaf7496f43ccccf02ad9ce0a5b7627cbca4b61b19060800160405180910390a25050505050505050565b5f600182116117fc575090565b816001600160801b82106118155760809190911c9060401b5b6801000000000000000082106118305760409190911c9060201b5b64010000000082106118475760209190911c9060101b5b62010000821061185c5760109190911c9060081b5b61010082106118705760089190911c9060041b5b601082106118835760049190911c9060021b5b6004821061188f5760011b5b600302600190811c908185816118a7576118a761267e565b048201901c905060018185816118bf576118bf61267e565b048201901c905060018185816118d7576118d761267e565b048201901c905060018185816118ef576118ef61267e565b048201901c905060018185816119075761190761267e565b048201901c9050600181858161191f5761191f61267e565b048201901c905061193e8185816119385761193861267e565b04821190565b90039392505050565b5f5b81831015611995575f85815260209020838316600285851804019081015465ffffffffffff868116911611156119815780925061198f565b61198c816001612609565b93505b50611949565b509392505050565b80545f90819081908082036119bb575f5f5f9350935093505061046c565b5f6119cb866110976001856125c0565b546001955065ffffffffffff81169450600160301b90046001600160d01b0316925061046c915050565b5f5f5160206128205f395f51905f528210611a23576040516361c0541760e11b815260040160405180910390fd5b815f03611a43576040516314b48df160e11b815260040160405180910390fd5b5f82815260038401602052604090205415611a71576040516312c50cad60e11b815260040160405180910390fd5b825460018085015490611a85908390612609565b611a908260026127b9565b1015611aa257611a9f816126c6565b90505b60018501819055835f5b82811015611b7a578084901c600116600103611b5f576040805180820182525f83815260028a0160209081529083902054825281018490529051632b0aac7f60e11b8152733333333c0a88f9be4fd23ed0536f9b6c427e3b939163561558fe91611b1991906004016127c4565b602060405180830381865af4158015611b34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b5891906127f4565b9150611b72565b5f81815260028801602052604090208290555b600101611aac565b50611b84836126c6565b8087555f928352600287016020908152604080852084905596845260039097019096529390209390935550919050565b5f82815260016020526040812090611bcb8261131c565b611bd69060016125a1565b5f8581526002602090815260408083206001600160d01b038516845290915290208490559050611c0f611c0761130d565b839083611354565b505050505050565b5f65ffffffffffff821115611c49576040516306dfcc6560e41b8152603060048201526024810183905260440161053d565b5090565b82545f9081908015611d43575f611c69876110976001856125c0565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115611cac57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611ce557825465ffffffffffff16600160301b6001600160d01b03891602178355611d35565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061136692505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081611366565b5f5b81831015611995575f85815260209020838316600285851804019081015465ffffffffffff86811691161015611de157611dda816001612609565b9350611de5565b8092505b50611d9f565b5f5f62015180611df961130d565b65ffffffffffff16611e0b9190612692565b90505f6008611e21620151806312cc0300612692565b838611611e2e5783611e30565b855b611e3a9190612609565b611e45906001612609565b901c9050600884901c5b818111611ee6575f818152600a6020526040902054600886901c8203611e9257611e7d60ff87166001612609565b611e8b60ff88166001612609565b9190911c901b5b805f03611e9f5750611ed6565b5f5b6001811b82165f03611ebd57611eb6816126c6565b9050611ea1565b611ecb81600885901b612609565b6110bc906001612609565b611edf816126c6565b9050611e4f565b505f949350505050565b5f61042685855f86865b5f5f5160206128205f395f51905f528410611f28576040516361c0541760e11b815260040160405180910390fd5b5f858152600387016020526040902054611f5557604051631c811d5b60e21b815260040160405180910390fd5b5f84815260038701602052604090205415611f83576040516312c50cad60e11b815260040160405180910390fd5b5f611f8e8787610fcc565b8754909150859087905f90611fa5906001906125c0565b60018b01549091505f90815b818110156122fb578087901c60011660010361215f575f5160206128205f395f51905f528a8a85818110611fe757611fe761280b565b905060200201351061200c576040516361c0541760e11b815260040160405180910390fd5b733333333c0a88f9be4fd23ed0536f9b6c427e3b9363561558fe60405180604001604052808d8d888181106120435761204361280b565b905060200201358152602001898152506040518263ffffffff1660e01b815260040161206f91906127c4565b602060405180830381865af415801561208a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120ae91906127f4565b9550733333333c0a88f9be4fd23ed0536f9b6c427e3b9363561558fe60405180604001604052808d8d888181106120e7576120e761280b565b905060200201358152602001888152506040518263ffffffff1660e01b815260040161211391906127c4565b602060405180830381865af415801561212e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061215291906127f4565b94508260010192506122f3565b86811c84821c146122e0575f5160206128205f395f51905f528a8a8581811061218a5761218a61280b565b90506020020135106121af576040516361c0541760e11b815260040160405180910390fd5b5f81815260028e0160205260409020548590036121d9575f81815260028e01602052604090208690555b733333333c0a88f9be4fd23ed0536f9b6c427e3b9363561558fe60405180604001604052808981526020018d8d888181106122165761221661280b565b905060200201358152506040518263ffffffff1660e01b815260040161223c91906127c4565b602060405180830381865af4158015612257573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061227b91906127f4565b9550733333333c0a88f9be4fd23ed0536f9b6c427e3b9363561558fe60405180604001604052808881526020018d8d888181106122ba576122ba61280b565b905060200201358152506040518263ffffffff1660e01b815260040161211391906127c4565b5f81815260028e01602052604090208690555b600101611fb1565b5060018c01545f90815260028d016020526040902054841461233057604051631fd4986360e11b815260040160405180910390fd5b5f81815260028d01602052604090208590558915612360575f8b815260038d016020526040808220548c83529120555b5050505f88815260038a0160205260408120555091505095945050505050565b5f5f60408385031215612391575f5ffd5b50508035926020909101359150565b80356001600160a01b03811681146123b6575f5ffd5b919050565b65ffffffffffff811681146123ce575f5ffd5b50565b5f5f5f606084860312156123e3575f5ffd5b6123ec846123a0565b9250602084013591506040840135612403816123bb565b809150509250925092565b63ffffffff811681146123ce575f5ffd5b5f6020828403121561242f575f5ffd5b813561134d8161240e565b5f6020828403121561244a575f5ffd5b5035919050565b5f60208284031215612461575f5ffd5b6103d5826123a0565b5f5f6040838503121561247b575f5ffd5b82359150602083013561248d816123bb565b809150509250929050565b5f5f83601f8401126124a8575f5ffd5b5081356001600160401b038111156124be575f5ffd5b6020830191508360208260051b85010111156124d8575f5ffd5b9250929050565b5f5f5f5f5f606086880312156124f3575f5ffd5b6124fc866123a0565b945060208601356001600160401b03811115612516575f5ffd5b61252288828901612498565b90955093505060408601356001600160401b03811115612540575f5ffd5b61254c88828901612498565b969995985093965092949392505050565b5f5f5f5f5f60608688031215612571575f5ffd5b8535945060208601356001600160401b03811115612516575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160d01b0381811683821601908111156103d8576103d861258d565b818103818111156103d8576103d861258d565b80820281158282048414176103d8576103d861258d565b6001600160d01b0382811682821603908111156103d8576103d861258d565b808201808211156103d8576103d861258d565b6001600160401b0381811683821601908111156103d8576103d861258d565b5f5f5f6060848603121561264d575f5ffd5b8351801515811461265c575f5ffd5b602085015190935061266d816123bb565b60408501519092506124038161240e565b634e487b7160e01b5f52601260045260245ffd5b5f826126ac57634e487b7160e01b5f52601260045260245ffd5b500490565b5f816126bf576126bf61258d565b505f190190565b5f600182016126d7576126d761258d565b5060010190565b6001815b6001841115611366578085048111156126fd576126fd61258d565b600184161561270b57908102905b60019390931c9280026126e2565b5f82612727575060016103d8565b8161273357505f6103d8565b816001811461274957600281146127535761276f565b60019150506103d8565b60ff8411156127645761276461258d565b50506001821b6103d8565b5060208310610133831016604e8410600b8410161715612792575081810a6103d8565b61279e5f1984846126de565b805f19048211156127b1576127b161258d565b029392505050565b5f6103d58383612719565b6040810181835f5b60028110156127eb5781518352602092830192909101906001016127cc565b50505092915050565b5f60208284031215612804575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffdfe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a164736f6c634300081e000a' as const

/** Creation code of SecretBallotsDeployer. */
export const secretBallotsDeployerBytecode =
  '0x60a060405234801561000f575f5ffd5b5060405161001f60208201610203565b601f1982820381018352601f90910116604052805160208201206080525f5b81518110156101665781515f90610057615fff84610224565b1061006357825161006f565b61006f615fff83610224565b90505f61007c8383610237565b610087906001610224565b90505f816880600c6000396000f360b81b6100a387878761016d565b6040516020016100b59392919061024a565b60405160208183030381529060405290505f8151602083015ff090506001600160a01b038116610102575f54604051632924370760e11b8152600481019190915260240160405180910390fd5b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180546001600160a01b0319166001600160a01b03929092169190911790555061015f9150615fff905082610224565b905061003e565b50506102ae565b60606101808285516101f360201b60201c565b915061018c83836101f3565b92505f6101998484610237565b6001600160401b038111156101b0576101b061029a565b6040519080825280601f01601f1916602001820160405280156101da576020820181803683370190505b509050838303846020870101602083015e949350505050565b8082108183180281185b92915050565b61238f806106ff83390190565b634e487b7160e01b5f52601160045260245ffd5b808201808211156101fd576101fd610210565b818103818111156101fd576101fd610210565b606160f81b815260f084901b6001600160f01b03191660018201526001600160b81b0319831660038201525f600c820181905282518060208501600d85015e5f9201600d01918252509392505050565b634e487b7160e01b5f52604160045260245ffd5b60805161043a6102c55f395f6048015261043a5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806347191163146100435780637213edad14610076578063fd82b73a1461008b575b5f5ffd5b6040517f000000000000000000000000000000000000000000000000000000000000000081526020015b60405180910390f35b61007e6100b6565b60405161006d9190610320565b61009e61009936600461036c565b6100c6565b6040516001600160a01b03909116815260200161006d565b60606100c15f61011a565b905090565b604080516001600160a01b03808716602083015280861692820192909252818416606082015290821660808201525f906101119060a0016040516020818303038152906040526102d3565b95945050505050565b5f80546060918167ffffffffffffffff811115610139576101396103c5565b604051908082528060200260200182016040528015610162578160200160208202803683370190505b5090505f5f5b83811015610213575f8181548110610182576101826103d9565b905f5260205f20015f9054906101000a90046001600160a01b03168382815181106101af576101af6103d9565b60200260200101906001600160a01b031690816001600160a01b03168152505060018382815181106101e3576101e36103d9565b60200260200101516001600160a01b03163b6101ff9190610401565b610209908361041a565b9150600101610168565b5061021e858261041a565b67ffffffffffffffff811115610236576102366103c5565b6040519080825280601f01601f191660200182016040528015610260576020820181803683370190505b5093505f5f5b848110156102c9575f848281518110610281576102816103d9565b602002602001015190505f6001826001600160a01b03163b6102a39190610401565b90508060018560208b0101843c6102ba818561041a565b93505050806001019050610266565b5050505050919050565b5f5f6102df835161011a565b90505f835182516102f09190610401565b90508351602085018260208501015e8151602083015ff0925082610319576040513d5f823e3d81fd5b5050919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610369575f5ffd5b50565b5f5f5f5f6080858703121561037f575f5ffd5b843561038a81610355565b9350602085013561039a81610355565b925060408501356103aa81610355565b915060608501356103ba81610355565b939692955090935050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610414576104146103ed565b92915050565b80820180821115610414576104146103ed56fea164736f6c634300081e000a610100604052348015610010575f5ffd5b5060405161238f38038061238f83398101604081905261002f91610188565b6001600160a01b0380851660805283811660a081905290831660c05260408051637b10399960e01b81529051637b103999916004808201926020929091908290030181865afa158015610084573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100a891906101e4565b6001600160a01b031660e0526100be5f826100c8565b5050505050610206565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610168575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101203390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161016b565b505f5b92915050565b6001600160a01b0381168114610185575f5ffd5b50565b5f5f5f5f6080858703121561019b575f5ffd5b84516101a681610171565b60208601519094506101b781610171565b60408601519093506101c881610171565b60608601519092506101d981610171565b939692955090935050565b5f602082840312156101f4575f5ffd5b81516101ff81610171565b9392505050565b60805160a05160c05160e0516120e66102a95f395f610f1b01525f818161040601526117d901525f81816103de01528181610965015281816109dd01528181610a8f01528181611014015261172501525f81816103b9015281816105a0015281816107b6015281816108ad01528181610b9001528181610c6301528181610d9801528181610e580152818161120b0152818161137c01526115fd01526120e65ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80636ec9d694116100b4578063a217fddf11610079578063a217fddf14610367578063a2cf859d1461036e578063a59776e014610381578063ba62fbe4146103ab578063bd9570ce14610435578063d547741f14610449575f5ffd5b80636ec9d694146102d05780638a743440146103065780638ca0938f1461032e57806391d1485414610341578063a081008614610354575f5ffd5b806336568abe116100fa57806336568abe146101e15780633cb5ef1b146101f45780634fd7f1f714610207578063645c8eed1461021a578063648e9d7b14610252575f5ffd5b806301ab016c1461013657806301ffc9a71461016657806308934ffa14610189578063248a9ca3146101aa5780632f2ff15d146101cc575b5f5ffd5b6101496101443660046119e9565b61045c565b6040516001600160a01b0390911681526020015b60405180910390f35b610179610174366004611a00565b6104b4565b604051901515815260200161015d565b61019c610197366004611a68565b6104ea565b60405190815260200161015d565b61019c6101b83660046119e9565b5f9081526020819052604090206001015490565b6101df6101da366004611afc565b61052a565b005b6101df6101ef366004611afc565b610554565b61019c6102023660046119e9565b61058c565b61019c610215366004611b26565b6105f7565b610179610228366004611afc565b5f9182526002602090815260408084206001600160a01b0393909316845291905290205460ff1690565b610149610260366004611bc4565b60408051608060208201819052601360a0830152721c1bdb1a5d1e4b9c185c195c8b58985b1b1bdd606a1b60c08301529181018590526001600160a01b03841660608201529081018290525f9060e00160408051601f198184030181529190528051602090910120949350505050565b6102e36102de3660046119e9565b6108a6565b60408051938452602084019290925265ffffffffffff169082015260600161015d565b610319610314366004611afc565b610b0e565b6040805192835260208301919091520161015d565b61019c61033c366004611bf7565b610b60565b61017961034f366004611afc565b610d41565b6101df610362366004611bc4565b610d69565b61019c5f81565b6101df61037c366004611c88565b6111dc565b61019c61038f366004611cd7565b5f91825260016020908152604080842092845291905290205490565b604080516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f0000000000000000000000000000000000000000000000000000000000000000169181019190915260600161015d565b61019c5f5160206120ba5f395f51905f5281565b6101df610457366004611afc565b6114cc565b604080516020810182905260146060820152731c1bdb1a5d1e4b9cd958dc995d0b58985b1b1bdd60621b60808201529081018290525f9060a00160408051601f19818403018152919052805160209091012092915050565b5f6001600160e01b03198216637965db0b60e01b14806104e457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f60088686868686604051602001610506959493929190611d7a565b60408051601f198184030181529190528051602090910120901c9695505050505050565b5f82815260208190526040902060010154610544816114f0565b61054e83836114fd565b50505050565b6001600160a01b038116331461057d5760405163334bd91960e11b815260040160405180910390fd5b610587828261158c565b505050565b604080514660208201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691810191909152606081018290525f906008906080015b60408051601f198184030181529190528051602090910120901c92915050565b5f5f610602896115f5565b50915050808360200135146106435760405163107d686b60e21b8152600481018a905260208401356024820152604481018290526064015b60405180910390fd5b5f61064d8a61058c565b9050808460800135146106875760405163818ff0fb60e01b8152600481018b9052608085013560248201526044810182905260640161063a565b5f610695868b8b8b8b6104ea565b9050808560600135146106cf57604051635a5718e360e11b8152600481018c9052606086013560248201526044810182905260640161063a565b6001853510806106e0575060208535115b1561070157604051639117918360e01b81528535600482015260240161063a565b5f8b8152600160209081526040808320888201358452909152902054808711610758576040805163af62c2f960e01b8152600481018e9052908701356024820152604481018890526064810182905260840161063a565b610761866117cf565b61078b576040805163cb3b351960e01b8152600481018e905290870135602482015260440161063a565b5f8c815260016020908152604080832089820135808552925282208990556107b29061045c565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fa055b678e838f8f8f8f6040518763ffffffff1660e01b815260040161080a96959493929190611db2565b6020604051808303815f875af1158015610826573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061084a9190611dfc565b604080516001600160a01b0384168152602081018b905291975080890135918f917f12c6bcf4788ff0d26c22f816eac5c89103af21e0de77dcf3aed7951b56467176910160405180910390a35050505050979650505050505050565b5f5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633e0997de876040518263ffffffff1660e01b81526004016108f991815260200190565b606060405180830381865afa158015610914573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109389190611e4a565b92509250508163ffffffff165f146109db57604051632b956e6d60e01b815263ffffffff831660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632b956e6d90602401602060405180830381865afa1580156109b2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109d69190611dfc565b610a5b565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316639c4442ac6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a5b9190611dfc565b945065ffffffffffff811615610b0557604051638fbb1d1f60e01b81526004810186905265ffffffffffff821660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638fbb1d1f906044016040805180830381865afa158015610adb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610aff9190611e8a565b90945092505b50509193909250565b5f8281526003602090815260408083206001600160a01b03851684528252918290208251808401909352546001600160801b03808216808552600160801b9092041692909101829052905b9250929050565b5f5f5160206120ba5f395f51905f52610b78816114f0565b604051631f04cbef60e11b8152600481018a90525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633e0997de90602401606060405180830381865afa158015610bdd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c019190611e4a565b505090508015610c275760405163cb9540ff60e01b8152600481018b905260240161063a565b5f8a81526002602090815260408083206001600160a01b03808e168552925291829020805460ff19166001179055905163fa055b6760e01b81527f00000000000000000000000000000000000000000000000000000000000000009091169063fa055b6790610ca4908d908d908d908d908d908d90600401611db2565b6020604051808303815f875af1158015610cc0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce49190611dfc565b9250886001600160a01b0316336001600160a01b03168b7f4a6fde390a1738cb33b2f7698d12fd7e219875a496095074bba7c1a35c86451e87604051610d2c91815260200190565b60405180910390a45050979650505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5160206120ba5f395f51905f52610d80816114f0565b604051639a243ebf60e01b8152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690639a243ebf90602401602060405180830381865afa158015610de5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e099190611eab565b90506002816003811115610e1f57610e1f611ec9565b14610e4457848160405160016240149160e11b0319815260040161063a929190611edd565b5f5f610e4f876115f5565b92505091505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633e0997de8a6040518263ffffffff1660e01b8152600401610ea491815260200190565b606060405180830381865afa158015610ebf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ee39190611e4a565b604051633998efe960e21b81526001600160a01b038c8116600483015265ffffffffffff831660248301529295509093505f925082917f0000000000000000000000000000000000000000000000000000000000000000169063e663bfa4906044016040805180830381865afa158015610f5f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f839190611f0d565b91509150801580610fb0575063ffffffff841615801590610fb057508363ffffffff168263ffffffff1614155b15610fe0576040516350b28fb360e01b8152600481018c90526001600160a01b038b16602482015260440161063a565b6040516304c9a2b960e31b81526001600160a01b038b811660048301526024820188905265ffffffffffff871660448301527f0000000000000000000000000000000000000000000000000000000000000000169063264d15c890606401602060405180830381865afa158015611059573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061107d9190611f35565b156110ad57604051630b21019960e01b8152600481018c90526001600160a01b038b16602482015260440161063a565b5f8b81526002602090815260408083206001600160a01b038e16845290915290205460ff16156111025760405163da6b086560e01b8152600481018c90526001600160a01b038b16602482015260440161063a565b5f8b81526002602090815260408083206001600160a01b038e1684528252808320805460ff191660019081179091558e845260038352818420338552909252822080549192909161115d9084906001600160801b0316611f62565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550896001600160a01b0316336001600160a01b03168c7f6eebbd184ac39bfd1a46b94defc6d308d000f2402b64d2e554656bb064eeed438c6040516111c791815260200190565b60405180910390a45050505050505050505050565b5f5160206120ba5f395f51905f526111f3816114f0565b604051631f04cbef60e11b8152600481018690525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633e0997de90602401606060405180830381865afa158015611258573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061127c9190611e4a565b50509050806112a157604051632aa5d33f60e21b81526004810187905260240161063a565b5f86815260036020908152604080832033845282528083208151808301909252546001600160801b038082168352600160801b90910416918101829052916112e98783611f81565b83519091506001600160801b0316811115611339578251604051632d5f367b60e21b8152600481018b90523360248201526001600160801b0390911660448201526064810182905260840161063a565b5f898152600360209081526040808320338452909152812080546001600160801b03808516600160801b0291161790555b8781101561147b576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663fa055b678b6113b18133610260878a611f81565b8c8c868181106113c3576113c3611f94565b90506020028101906113d59190611fa8565b6113df9080611fc6565b8e8e888181106113f1576113f1611f94565b90506020028101906114039190611fa8565b611411906020810190611fc6565b6040518763ffffffff1660e01b815260040161143296959493929190611db2565b6020604051808303815f875af115801561144e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114729190611dfc565b5060010161136a565b50604080518381526020810189905290810187905233908a907fe9adb4dfa9822e22b731586c303defe256995a80da6dc240742d57ce7a1b09709060600160405180910390a3505050505050505050565b5f828152602081905260409020600101546114e6816114f0565b61054e838361158c565b6114fa8133611996565b50565b5f6115088383610d41565b611585575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561153d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104e4565b505f6104e4565b5f6115978383610d41565b15611585575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104e4565b5f5f5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633e0997de886040518263ffffffff1660e01b815260040161164991815260200190565b606060405180830381865afa158015611664573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116889190611e4a565b925092509250826116af57604051632aa5d33f60e21b81526004810188905260240161063a565b8065ffffffffffff165f036116da57604051634240777d60e01b81526004810188905260240161063a565b63ffffffff8216156116fc576116f763ffffffff83166001611f81565b6116fe565b5f5b604051638fbb1d1f60e01b81526004810182905265ffffffffffff831660248201529096507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638fbb1d1f906044016040805180830381865afa158015611771573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117959190611e8a565b909550935065ffffffffffff84165f036117c557604051631770ccad60e31b81526004810188905260240161063a565b5050509193909250565b5f368260a00190507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a23f01996040518060400160405280845f6008811061182357611823611f94565b602002013581526020018460016008811061184057611840611f94565b602002013590526040805160808101825285820135918101918252908190606082018760036020020135815250815260200160405180604001604052808760046008811061189057611890611f94565b60200201358152602001876005600881106118ad576118ad611f94565b602002013590529052604080518082019091528086600660200201358152602001866007600881106118e1576118e1611f94565b6020020135815250604051806080016040528089602001358152602001896040013581526020016119158a606001356119d3565b81526020016119278a608001356119d3565b90526040516001600160e01b031960e087901b16815261195094939291908a359060040161202e565b602060405180830381865afa15801561196b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061198f9190611f35565b9392505050565b6119a08282610d41565b6119cf5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161063a565b5050565b5f6008826040516020016105d791815260200190565b5f602082840312156119f9575f5ffd5b5035919050565b5f60208284031215611a10575f5ffd5b81356001600160e01b03198116811461198f575f5ffd5b5f5f83601f840112611a37575f5ffd5b50813567ffffffffffffffff811115611a4e575f5ffd5b6020830191508360208260051b8501011115610b59575f5ffd5b5f5f5f5f5f60608688031215611a7c575f5ffd5b85359450602086013567ffffffffffffffff811115611a99575f5ffd5b611aa588828901611a27565b909550935050604086013567ffffffffffffffff811115611ac4575f5ffd5b611ad088828901611a27565b969995985093965092949392505050565b80356001600160a01b0381168114611af7575f5ffd5b919050565b5f5f60408385031215611b0d575f5ffd5b82359150611b1d60208401611ae1565b90509250929050565b5f5f5f5f5f5f5f878903610220811215611b3e575f5ffd5b88359750602089013567ffffffffffffffff811115611b5b575f5ffd5b611b678b828c01611a27565b909850965050604089013567ffffffffffffffff811115611b86575f5ffd5b611b928b828c01611a27565b909650945050606089013592506101a0607f1982011215611bb1575f5ffd5b5060808801905092959891949750929550565b5f5f5f60608486031215611bd6575f5ffd5b83359250611be660208501611ae1565b929592945050506040919091013590565b5f5f5f5f5f5f5f60a0888a031215611c0d575f5ffd5b87359650611c1d60208901611ae1565b9550604088013567ffffffffffffffff811115611c38575f5ffd5b611c448a828b01611a27565b909650945050606088013567ffffffffffffffff811115611c63575f5ffd5b611c6f8a828b01611a27565b989b979a50959894979596608090950135949350505050565b5f5f5f5f60608587031215611c9b575f5ffd5b84359350602085013567ffffffffffffffff811115611cb8575f5ffd5b611cc487828801611a27565b9598909750949560400135949350505050565b5f5f60408385031215611ce8575f5ffd5b50508035926020909101359150565b8183526020830192505f815f5b84811015611d3357813560ff8116808214611d1d575f5ffd5b8752506020958601959190910190600101611d04565b5093949350505050565b8183526020830192505f815f5b84811015611d3357813561ffff8116808214611d64575f5ffd5b8752506020958601959190910190600101611d4a565b858152606060208201525f611d93606083018688611cf7565b8281036040840152611da6818587611d3d565b98975050505050505050565b8681526001600160a01b03861660208201526080604082018190525f90611ddc9083018688611cf7565b8281036060840152611def818587611d3d565b9998505050505050505050565b5f60208284031215611e0c575f5ffd5b5051919050565b80518015158114611af7575f5ffd5b805163ffffffff81168114611af7575f5ffd5b805165ffffffffffff81168114611af7575f5ffd5b5f5f5f60608486031215611e5c575f5ffd5b611e6584611e13565b9250611e7360208501611e22565b9150611e8160408501611e35565b90509250925092565b5f5f60408385031215611e9b575f5ffd5b82519150611b1d60208401611e35565b5f60208284031215611ebb575f5ffd5b81516004811061198f575f5ffd5b634e487b7160e01b5f52602160045260245ffd5b8281526040810160048310611f0057634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b5f5f60408385031215611f1e575f5ffd5b611f2783611e22565b9150611b1d60208401611e13565b5f60208284031215611f45575f5ffd5b61198f82611e13565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b0381811683821601908111156104e4576104e4611f4e565b808201808211156104e4576104e4611f4e565b634e487b7160e01b5f52603260045260245ffd5b5f8235603e19833603018112611fbc575f5ffd5b9190910192915050565b5f5f8335601e19843603018112611fdb575f5ffd5b83018035915067ffffffffffffffff821115611ff5575f5ffd5b6020019150600581901b3603821315610b59575f5ffd5b805f5b600281101561054e57815184526020938401939091019060010161200f565b6101a0810161203d828861200c565b60408201865f5b600281101561206e5761205883835161200c565b6040929092019160209190910190600101612044565b50505061207e60c083018661200c565b6101008201845f5b60048110156120a5578151835260209283019290910190600101612086565b50505082610180830152969550505050505056feafd2650a6a8f5801a47237eca482e55588195671a153543a7c58518d984dcd90a164736f6c634300081e000a' as const

/** Creation code of SemaphoreVerifier. */
export const semaphoreVerifierBytecode =
  '0x608060405234801561000f575f5ffd5b5061001a602061001f565b6100d0565b5f61002e600e60ff84166100a7565b6100399060206100a7565b9050806040518061382001604052806138008152602001613ea4613800913951146100a3576040518061382001604052806138008152602001613ea461380091395160405163bd6021b560e01b815260048101919091526024810182905260440160405180910390fd5b5050565b80820281158282048414176100ca57634e487b7160e01b5f52601160045260245ffd5b92915050565b613dc7806100dd5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063a23f01991461002d575b5f5ffd5b61004061003b36600461050a565b610054565b604051901515815260200160405180910390f35b5f5f61005f83610445565b90506103e2565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110610095575f5f5260205ff35b50565b5f6040518381528460208201528560408201526040816060836007611f40fa9150816100c6575f5f5260205ff35b8251604082015260208301516060820152604083608083600660c8fa915050806100f2575f5f5260205ff35b5050505050565b5f608086015f87016080890151815260a089015160208201526101295f88013560e08b015160c08c015184610098565b61014360208801356101208b01516101008c015184610098565b61015d60408801356101608b01516101408c015184610098565b61017760608801356101a08b01516101808c015184610098565b50823581527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4760208401357f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4703066020820152833560408201526020840135606082015260408401356080820152606084013560a08201527f245229d9b076b3c0e8a4d70bde8c1cccffa08a9fae7557b165b3b0dbd653e2c760c08201527f253ec85988dbb84e46e94b5efa3373b47a000b4ac6c86b2d4b798d274a18230260e08201527f07090a82e8fabbd39299be24705b92cf208ee8b3487f6f2b39ff27978a29a1db6101008201527f2424bcc1f60a5472685fd50705b2809626e170120acaf441e133a2bd5e61d2446101208201527f0ae1135cffdaf227c5dc266740607aa930bc3bd92ddc2b135086d9da2dfd3e2a6101408201527f2b86859fd3d55c9d150fb3f0aeba798826493dd73d357ab0f9fdaced9fc818296101608201525f87015161018082015260205f018701516101a08201527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c26101c08201527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6101e08201527f090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b6102008201527f12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa61022082015284356102408201526020850135610260820152875161028082015260208801516102a082015260408801516102c082015260608801516102e08201526020816103008360086203aeb5fa905116979650505050505050565b60405161038081016040526103f95f860135610066565b6104066020860135610066565b6104136040860135610066565b6104206060860135610066565b61042d6080860135610066565b61043b828287898b8d6100f9565b9050805f5260205ff35b61044d6104c5565b5f60405180613820016040528061380081526020016105bb613800913990505f600e61047a60018661057d565b6104849190610590565b61048f906020610590565b61049a9060206105a7565b90505f5b600e8110156104bd57602081028281018401519085015260010161049e565b505050919050565b604051806101c00160405280600e906020820280368337509192915050565b80604081018310156104f4575f5ffd5b92915050565b80608081018310156104f4575f5ffd5b5f5f5f5f5f6101a0868803121561051f575f5ffd5b61052987876104e4565b945061053887604088016104fa565b93506105478760c088016104e4565b92506105578761010088016104fa565b94979396509194610180013592915050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104f4576104f4610569565b80820281158282048414176104f4576104f4610569565b808201808211156104f4576104f461056956fe15fd0f19bff5521edae5f6d895f4730c241ccc3d415eef6c9485d21914188c1d2446d537b3dbf1feba740b7657dc394b17e890cc1db8c77a1df7ddbf00c956cc0e8e971b94bc8945665a5a61d013e62406abdad7c304284ab3981bb120ddf2212bc9b3a8075e8affb419233bae1329c8b5a36dd5849d426b61896d79e5ace3692fad2a9783fc2ba49001eacd3a33e34c302753636d3c46357636dae6c8b2024b19c6002888dcd3e33699c10634a806d2aae224c3d7e59cec5a9b8719b066d2640c3bc3c927533404b7618b19082e24eb2ca334e7bf9dceb958bd3551e9fe7f57270e9bcc58594f6192a2b99d2846f622de39b5937b2a7323cc45e25fcb2093d01e7d1a66aaffd026340c02261fd998650c044a8b0c7fd711e04213a1cd2cd3512424444f3b3621df8c36b258f3554a9c5e2a21a5331717c8aba346c7ac63c97616e036c1a88f983c82227849b01847266a1175919ac332c27799549ce18d36ee0b0ca3b0483c8e42c91944242fc36b40ca910518f9d85a25be8e4a7ef43663ad110cf5e0d819a05a811f7a0c166628530ba6f6d353e8e6a433c064d6fadf060c19bce756e115841dd94ff44541d5ad78130187d67f3c560c2a590bd09376570909257a78bf2bdbaec4a20392ebaef666111a0013e0d145e3b8538bf21c631b78054754fba6cbe53da1b0e9c8e6694c94e5c5784962cd792416d2e2a69c666d201afd103f745dc8bd51a5433a7ac8419f1dedaafbcadd19048e9009d4c6241613245cd94a309bfb79ae8f5255803fc1fbdb80bb78ac6d5f68dd031a464a87ebf414faebe5560369ec0b8807a88ecfa006f7f9795caf1bfcfe261555534cf4e78d0c962615261ca9c1f65cd755e00bc013abf1533a12e81b80b32fc41b0d1fa86d2792793df783c78305175c60e000c53fd96ee07ceb78e470a6c64a1b477c55342096d8bc28b6870f36fc685e6509823ed594339011cb6dde0e8f8d7cc1cc582e109542c42e7879d5f2509059905ece1bd8860e7c820343aa1b30461df91eae951eea6862ae37a2a4392c5801737849adb507f0a3137699241517a3f1ebbb3a48093d3e06748b6704617f4cffeeab1a9c5b788923f7fe09a498749dd9ac9f32532e5f917fa4593965b59fbd36e7644390ba01391b8379a4a204c1c29fd1d17cde2a0dccfc2e6d40de5187062a63a944a907d0d7bb6eb30533a3454057778ed3af1b8f89159c77020c893f3cb7a2a4cc3085dafdab413391192963d2d6f8a71b7d241b04a42762b5922f9e96652279d739459c63ba99921d36047868be961392e41f9a885deeb4ea645ceddc1b496d41a8b765b09c9fa5dd267644335f50b788270903ca28b792a69f59d7499ed7e261840c1e20951bf0036cd34057859ea07c980cf286f5af05fa35173dcabd94e3c7fb591b74607d58c397469cf09759e89b561a465001f19b05dc38a491b248c97ec7920c03da29e69d805df6dae9ad29c6b80ed2c6a0818f6e04bd3aa8e1a17b0d67c6815feeb8bfe9b3a575bde437ab71141cb929c4998d91a32baae52fc164831ff6bd12474cd8c91189b69f1e8cdb71640c5be902277c48337d1db6b1fb81c89e8689cb10b7ee6af8b9fc5975a730f6eb2dd837a46f2ba2ee8ea9442a9eebd87ed57f594f044c7860b39595eae6ce4d0e119bc8b722e52ff60236302b2e6f4a139f15e63aa0641ae765f3e71c32fb759d25214f618153620b583fbd2abc2eef9a26789f3b5296e90551877a37d362dc95013c611347b3d133ed9045be2c36f8689a0120c4078d12d8cd28c006bc61dda22f0a9559eca7cc75db51c369b05e74c952d5a8ae39b06ed01c8698f4d74d58dc0fee282026bc113cc251580beab7bfbddf2209056fce08c4e356b1a06f1bc94414393956732c8d80c3f60ae0a275b3968c22c40e9054b3ad662671f4326f208e1ce66ceaedec3b13ac33cf1dacc63e7e68e3e7fdee08e91a54075cc0758a805a1abc1b6362a1a276f723f806d4a51d3b7ab592ac8f39e198cb5efcceaf0e48c123f70ead154fd51f42a3de0ac2b61621f01a8b0899f46d2d9da1a8d620b88e9828358bc8e9b03c31481e07909d86cc8386494aa0c6b1fddb6e83911200d2d5bf21309d93ca7e97b55d43c9396f92716ff1ad99b73dc929c566de6c6c721bd04808666e4182c159d4cfd305e1f6f5cfe4ce9243ab5388c2a5a0ab74b600e4bd5e28cfb007611bda022f417d399841a00e543b14076672113b21e9bdf4942eb3fc1281dff49430dbc9d0748814312f5356a1024539516ae19e8b6eb6379421cc83243dc2b640abc1728422276ba4ad24cab39fc7d1ef6cf3d82fe82c9f89efaa7b005cff4d9542e3250c36bf32561e274f8fa928dd3a8d11f4f76c36a4cdeb5e6420b886f89543b54f0403091d51cd88895fbd55aea86d19db8b89cfd55255f8030c0aa8002fb14fb9b4feda737c210d4289d62a014e4bdbf708ad21b53ef62d9625e79b70d1ee02eb3f6c25bfaa7b9a4e1566b0fa70c6c0ca072191897838a36027218c7dc6af590ab65620d6f31dd4cbdf1eb86058151118bbdb80b8d96d0d80053653ac15a867afa2931d75116318a810d5512d871b71f4654c86acabde8c911c48420d5581f37e60b15a6dfe652b9ce46e2de3414d252b18df5b1b8df2a81821fbada5ab40ee0640b13756b26a7fcfeb5f81de884fbb889f3ccba3fd64cce70d6670f5a24582a747e1d1ae1e0e8da63d7d202210d96dd5078fa58eccd43e361fe26476a17c1dda8d2d1b630ccd263ecd5644529afc3e2973f6961ff3f8712627464f05a8ebb85e8e465599614ced7bec41fcda74ec9f51ae39c392672bc7242ab9a6d1c669a478ceb584e3bc6e1635e3202ec53cbb6f3cc42bbfd7659607c00dd63e17922e2e955c38d47347fd269336d27cb9b9c7a3218c3808507bbc994d19593a3350d5604598530c93362e2836f90f7daa675f73b40bc04d67b0625e3d1682034112be41166846a800dec3f04dc45f7878bd2c5493e443f44efc5c08af0828e223ee37c2d4dfa133c8df747c3ddd415da67e911f2f5cb609a58df64bd0127bfd549e5e8dcf4b22291715f2ad5668cd6c711c2a39c3ffebe93243df40b00dc2c61595d602f4f7b03af6a919263956b5943cb3f5f890bde70de7336233871eecc3f4d0cf71749bb70475ee20a3d479719fcb7c7bea429059f6c1d18dd57e2d94c63811c0f21889beeecc4d7797f0fa87f0cd40fb84ac72f5537942b5bd7a07573806d926b6e92313c06ba464ac035746e0dc96b3d40db4020f72dbbf715306fdd2c03d7f271f2969d465c7e86763751e29fa622a2715694c534b5e171b2519546a1616aca8f207e875ebf37977f96c1dfa32ddf16d7eaded9047ab15142f1953bcaad2e145cb2a759cdd65eb7cf493b281b71b0faa6010e30a38b51275192fdb1ef3113503a9db688b32a0b79f3a8125d7967b3962373fb886332a135f7706d774b685f236c190a046ec7fc6147a84260794c543230c4d3f90cc091d0e602cb5b76f44713c49cc24cb3e1715ba081787296b94dbe25ab57742ebf6553df405159d91bd6a0a9c639b0cc27cc39dae457f45225c4bb554264af8e229a52524115001b9e8d8b1463cd86a016c3610f87fc2a10f63bdfcc00cfa99353a4c1a52125537cf6072615205c38045b8ad31d155bdd8acf80c7dc627a7506e642a177c2e83916c6303325ed9513361098830271102ac5dbf285e2645915eeda77a56931ce67dd1edcaac1b03358eb6b2ad3780bd1cd201b91d4bb2e603e01279351fd126e90bd7b6f903b9e517a0f77a7e4048033cb873b1da8cf190080e75cd1dfd6b1cf426585573250eb3432a5e80fc194c307c58c814ac37bde84125a5aef222a710fe5c50f8fe71b1fb44251e5dcc90bd0d64844451329dcb49e241585406ef8b0c273841cf7228666b689b24a7022bc402815f77f71b43c1862f64853b6a47ca1255c43af69be48744c759de67f363030b809ea5be5de707545d1f29dbfcd272110b2f7ac7d7b3f94893762fca13700b74cec691bc57d216ba04e992bd0dc9470652c5b2ba7b972dd68bf8c271556b57ad4521c067a072d75ee09268562cea9d1e6db4b3e0185f2add0d49d60e16168c2f3ea91e2cb05678f2c9d9abe232b3400a96b6eed42e7041c98baa152253971225378ac4cd9589c80cea28c06b5706782650ef83382c54ccfabafaec8096c519ab5670c7d4dea2535c64db2b7dfcb5531664dbfaf0f45d6ce2782683f87e6c9e9b7176f08511ac1663869adf9337eef0212ae8907761700bdea4b480f20f788dd08ca4126dcf4ea462e890f3026344760e50a74cf13a9f5c3eac33a38c6f9e8d3c2638bee309a4180afd6097c52766e41377037809e690222f9afca6e1ee39ba95846bbe912379a938f6ffcb493f5cbc094a2af179f583a4155dc7f2b191c036df4330c0eb75e1e70d2487431bb4b51f2b1bc223925afd7f4f7cdd038d39183e1364d1665dcb17cfc2e30da2edbda339019a6052e1c5cf66ec396956467e791a97506bb3291d1a149d863d9cc25d660d1f709b744826f4ce03d2ae0eb2a86613bc33b2bbed5e9ac6198f7e8df1afa8b210cee567471a2b01cfa286f3095713ffe5855c06f17158e33e9ebfdc1c792a88239ea34b3e8a5d1d26599fcf453537fb16a91f9520317a01c7de1bb5a768d72509b3a1bb0c0be55876c4b91957b7e86412654bf272b7b9c52f2217e9713c7dcc2cea70065cb1bf0b68c86a3592a5134384be8b10de004c31233b783577694dc613aa1864f9d5017a46cb107be441f821a85315b79f39968d6407f343a2c619980005f278bae49a9a15a54132c50388e69f4211ceddee99195f07736b502fadee0302a786d79c25a2be297edd39eaee413dc553146ff7d83bbbb8bc71447b66052eaf36a4dae40401cfa571b55ad8b5fbced37e67860085bc6afc5412d809ce8a166d04b67debdf8e674bd6074bf67031d3b4c558647dc4a3c5443eba23086683232f97fa7f391323e066175feb3572aed60c343c3e3c11ed309c00ffa29cdd3708f1791a609f8714b38f03cfeeb1a149adf524a946a397191b0986869458bb8a20e9ad3d16db1563e84154a169db5e81d0117d4914800772d4bf624317e32b3617a525ede8962fdfd05af9ba5ef109bd2f5de02524454aa25c696b7c6fb0757d0d71a275a14cfaa4f987cf2d2552add13d13fc7141c544a0ab457103e4b2d5021ff842cd59778fb6c75d197511f3158ecac8fafd21db5fa652725be434580ff921095e6eefdda8f7648172826e435e08a93109b1f040d88ec1b01ce3e2dfa59202746d05612699c335d4031f388561fa2c6b3a4c224df74140c58c5dd7391459182427fdf7ec0b8c5a7003e3ae6c19d8da47804a75d62ba4a1f8ce1835d7eb660dcfad648630a6037241a73af244b1612eb375d852712a10182e1339d176471f24611b2e7aad1a1fba1f1eb3193a87a0261e98dbe77fb30944edc6ef5726acda2df51df9c66f51695783648873bc167bc8199afdcf98a6a39dfc14933634cc2500ba85a4d757b2bb24f2686c8fc2b20d23f68ecc5bbd889d70db8222f9c94eeb2a615fc377bd707e1d297df70f60076d184ea30144439d2a02827ccc4b74d6d5083ff5f9b4474040e1db95e7dd4ac08bc49f0df5e04b1601e531087a66e1a9a0300192ff2b9358b371328362eab85f10b3b256562986b0222f90fde6285b20312b9b6d2f72c215474b76c58be1bc8113aed21efc4bfeb76d432fadd1a143ae551afc92793b1e3c7bc0fff4d51b34c751d6fd4f0b684fd36a5eb31f2e7d59bd0827a4788df73ad8b0a3db6dd0366131faff0cf443fdbe689b1811275524fe4f5b26e306f7f4400a8b466a46f73b1bb30628e8f53ae183179a89ea09bcab1abe8c1903a292e81db108e9af23cd1c7249087803195ef86af9d7aef43f671bbe28d505c92b5167e06202018a4b1c482dde448604793a2b6d734c3a59f599b457794f109890a7f2fcb50131c7e510faf117da23344b6e50403670b103e8b1b0fea27f1fb6977c76473f7a1d148b69a5526768ac7032ce91f0e138973b3e4d30745fdf22846c8fc4704252020b4a141726ef713f5eda605ded818ee69d101490d5a8b6079b1bc515838f1ad835d87623adef3b1673ca9735ab72d8fc938e206a524e5820d47a675b313cd4b857527f3e6ddd2b5646e5fd9f206aad5bcfaae6cb0958e6064e79c61f6d53a00688e7f217a0c8579ba3daf9d4df5dec16f013a124413f152383c6f75c1a392e6e1375277f1130c2274d8668773addb783207cf58cf4c0b60f693e2f20b43eac0691b48a00fadf42143af8e21b080d41d1e71c8a02142da7264fba8810c9e1c00b512aab1d355bd7ccab52089768376d8a925cf1c3f927a101c6986291edd61bf9888d6bbc0d0f802bbc4186a811b8107fcf306a557f0af626cdd05df967801d477b1c344754c15f7a30b0bd75bb98985a0c2fff9ec80c060c5e61cdfabe2eb8188f70cac4d7b7cdeed9b964792d7dfb6fc0b228a7270e542a586a34c5b50461b05614cbf3ce228c130522513793ec263f9afa96e23f4e5a25ccf30168e9ef4fd1cb902c95ca8d67a13580dd07994094b221708f8c7d6797107dfa97fd9047fae9cf80f48b206884949b324e4ab03212f3298c48189876961cff7a1fcb4f40c410ceb353cb8ab907a0f6b2821dbf82766ec762967ba2394420b8533e0ab744d5db86e30a3e73a80bf621a2b5d8555b0fc416389d5cf532650c9d9b203b72e7887fbc30ac7978146860ea4aa1ff0d96dca2c65666304cacbb1b84d4afa11231f3a4a3c62a0029a39f5ea31d907a92070494990427e7ca6f8814107581ede64e20dce54fffbc6443cec3ca1cb0054c5142187cd21bcb166b7916737e84151e0282876e43177c3830524e3b6ac2eab243a067de3319f8d0b8b42037cd61979b667fb80288588d2b095f0c4c34312d7c75a074beda537909cfa104afc04e3f13c2d80fcfa1aa6e946499406ce541ca84527b75dd29881c09e6a120a42ab93cae3bb2a7ac65c4952fcafa2b58f3d3c3b292246e292dc1d10ead442294e0ac633d4e59ac74082946c67653dfd3b17220d05953f214328d778d6256019e150e3d992f5175dd609d7b7468a978428a5bbf291b77f900d1c682cba1bf2c04f3db93c0870db5a439e9ff0f2ac65d19edda31f6bf64e9f827516b3f68e72e6c4ce5c33d2f1d00d4c7c691e5d39dfea1c0eb590de777e5fe64365545646f01879179e76aed29e2392a6df0ac85ea6a285e0d3a1112e8593c23c3e33df5a2086975bbb71f10a74a76f43bcb0035481860c6478f23fe914df449b50e56c4922c6feb5c47ad32b1054c98e31df1659881f884939536961bedeff8cfbb6e12820549855c647dcdf03d05c6a490d5541098d6d83bae7da0112a822e0abcece25020f9c4e3fcfa0d305a923e4fb0d9ef583cb141debfeb931c909ef1d4fdf6eac905a3b3663e889c49eb5920e769bbfe9f9dfc905554300bb2b4285c6a5889b2741f9e528d112bd8a059eaa510cbd9a7458598d27775bcf6d851a0d359ebb81dec15608ad6b67162915e05d6af1ba4b32eb4693f775ffc0a66485c3e5617dd37e01bd2e26efa4fb0a842e03142af573fa9c16623542451b3e4e0af1970cd7e2b0a2b417cad2430c3018499a10488fedf9e5399ce6cf93819469c802bed6386d7b9230d363d8bacdd978d08dfbc44f1c3bbd3b2bc1e2aabc5c3759db87f8f895eab2f83002ed31eaca2531766a09552eb1667a9419192ca335b08d93693e5584abc0feccdb53345bdae7349c42b119570c762f1f5497eaf898e4ba2d378d9d8d20d18d01d38cb6ac78d93961c1ecbfaadd4b0cf999b972ce4900cee9faacdf8298a1f31cefa55f5f930d149b63b7a33e385a688aa8a4ff3ff8d88e501dd7466b4751a02607dc91fd27ebb066b51f8dca8d64dec062d3f8ea6a3e2859d139c17e9f225bce5f60cf5c72fe58b511983c067ecab88071786feb4f6cf83e1b5ac35878e199ea7d2467ea66b53853f7ba20a91bb44a4a5f621404375051cbac31997a3661641e4ce35beb44e3d00fd9b7a3bd47e118fcb21c62281b148dfe4097c147e11227cf6075dbc7987ebce58711ed50e2b6a94c1478db414a834345cb2b5c21cb5252bdf93e4bc24d639e1ebd80550001fa9aa1e7d6abcba326c2b2feade8fd8d9073103523d7b0ce327314d3474aa6b77824a75862d0cbaa5af6e1d2cead16b9f050f7090cc1ece4b5217a0419fe3066d81ea2e19dc6c5410c770740c168750662a4801a2483187073a17cd04890165ff19b24180cc8ed16870cfe0f2ccd8218324e27258b0e61cf13892a8b7abb13e0cc19faff40bbdd680a389f4918f63d9e20f03cbd30fb82d7807479517b4e29b3da4950b96a023a331e52c721c66f5e2292bb6d910684eb13c86f172f66f59a093f8a002333c8767bd594ceb63e9c6a2c41f32b4847858f72bc734df639c032604ae71ff65afbbdcf42acc7ec195f3a39c2a0f1adf6230de3995bce023cdfc6af1e85d9121f84de4a34b9c7fc4ff920c7617fa977e81dac861e637d8d9e4636487afa55618f35f7455af8321f8d6d50d6e09f9221e154ad381a5b58d1c8771be1f47f3aae8a9769151cd84c1434fabcb9b0ea204dbfbd3e404128c8252d607169ef5305bb12a59e44ac4be9147055a6f200d2547a25e17e027bda4423048f3c6c595d6f83124767da34e0e4b96c26f5c940cbd5f2d0cea7678b80aeed4b0de78259c86a2c207dc0f28fcbe22a1252e5d3c1a9b6c59c30e6d1e3c5efae27acc27e9b7bd23af3dd7963a0aa8361b4df2f2430cc761b549af62069ba3e0fa7ce6c75c9f6defed91e8f3314c4b1ed7a5e0c83c30264e78dcb1adb0d7503f80507ed4bf90271624d70dfca454d1990a2f75598828d55e9071501cbb4ae790279f996622466c1c9f131d667e8baf7bdbd5d9a45511ff42ce9d42c89d7687d469625b18c59b883833298af76480817907af2294a704645153c868372f37d106c5c4bfba4e2f73309d53390894a6b2338810da3f0d103e33717f00caddc108323574de85c6887720561ad0c9946bc510bd3954ad4d264461fb0d2dea03b815969e1b2bbeb995d30f774fa49411323d20ea4f4f1652161a104ad60c9b35ef38783a9f951bd969e107846affc11754708b694168ab9922ae691abdea5ac8f12f90a1a147b5ac63088f4c3de32e81d38e79a93612d9f91286d17dc13dcabf49975e2a37743d997ebc56d11b71c2e430890eb9fb7c7d3b1411153db07129358c9ebfd849d1a12de7ff39ec458b616a3e6885bee7114f7a0a98b996681afa7f3a7ea25fc6d9f2b48af7c5d8c8db0d55892bb64461752f932838a60cc9aa8717f4308e6074996b7b71f077a1fd9d8353af5c086aebed16b70ca941047448572c947a8308b479f74524a74c384d926e4be36e8068bc635df610b06f989dfd1d445b6c4bbc386c1915d9c6775df42fd040826a8a95deb11561234bc8dba2ee31ad5b1dddb6946dbf1f2d9a2f7d71bbb45d94d7f9ff47afe93603b28511d097183cceb1250dd00dd4501789b25bb547cfe66eed09bec1871c592d06d2e4acc30f60e54c1bec9442b8aa70137c37b798d2dd8dbeeea514f7907b08037905d11e86a5a9d3b03cbe3094e9468d3fb3c1a20738c08877269a69147e1f79d21604dcfb2ca75a44e38aa87cf8f3f56f639c8501d336f2e72a8748669520898e9f4eab7b0f918e10b9fc35a024f4d0578c0e46463cbf360606fa47ade409b99372d699342f4c7e3c807a133ee3be1c92422cf2f0e5492136e815061041142ad77d8e80c9a778bc04e8a62e550908c55974693603d8670bf9205553bf7f22f3a31aa3f9f3c040048df27710a8e485049abfabb71b51cbbd87126e83cf2403459743b0ca82a0801415ea160bad9d326888db19ea8b86bbcfacb48ac3c4120491b8939d07f0074c444ee02f79917f5ded067d7e0529b0437b71fe6355170e2bcf73774c5976acfbc99b1116384b11930bca6187dac5e662bb9250487f0845244615cb6c1b8f74aad86d9f900ceff74ee731a9dffebc26096a1e6a772680f723a077e52b600cefbef77eb273ea0d5d2d7b18099b4832772b56c6e822df0794227f9d7399bc220483caa969a8892901b894de900a1a20da29328343ce7cea1a1679302001981320168e8d8e921756f2ec22d21fd130d719eceaae1b19354bae118d5af95d648cf620249c405d77c7743089d9d262e29860cab3c292def4ffe42284c84a005818061688fe45ff37d6fa24b4f99587fc5e9a1208b3edf4d060d00cfc0f918b739604150598b74b981255a70d772a67f23f51c34212958b45a0352537c964c421601b62787e6eb7307b99a9d6eefd0286f927fb25f22e7e9eaf951e30310e4606c228e2f5c3df3eea02457bb4777af8546fb61bb1434221d998840f5caab9c8ada0b5a094dd9129eea5421c1320ae7a666b56c960be0dd4c1eddc1dd1def16e2a0ffc68a449be9d160b00ca35599e7ad7cd1afdae000cbc76dea82ae0eb79a34fa9a3c73bd9f1eca8731aea913ca7d138958a32c09c1c521df6a228ff689e68fdc639c190119604c98a1845806a317af901568ec8dc47593915f11bd5a5860f93500e39351520da5f095ec6557f54e0d5628fe9cf1a20d52c426c021f0968bcefd07ac634d7e6e02d45eb6afa85d28b307f5d2e3f2cd6d744fb441c0c5c153df6045c88bdc5d09dfc813cf8546d7344c70d194fcfd29f92f4b6961ca6c68abb475da1475efc1300855db5fd7374a5b92b4f90f49952a05aaf92ca2bda409f3445270ea3a6d128b46a5cd5cb245b5339a66fdf814f2b83f4c123d305a71c398107a0314772fcd210e0c1d3ea35d99444a378e1213a9e10e6768daf11fdba29cb4c24bb0e770eb1d4e5c23d9a51a3cc86c7d41b35312fc5c943f96505f0e7da79e615a61755ed4526892b42ce1e80b5b027537bf53f0b536d4bbc0b1eb2f81535a276e50897a2baf3bbfd981468b91fccfbec6cec8bdc988f00235015d6ce1db45302f8e286e96e26e4f64ef5534ab8a55a9ffe215f896d7ae7bffd1315122998316a3bb389bfa1146d940d7e2718edb570f12cdcc57377f8ca2378023f10e9f89b3f0a2c44497c8a7b705786220397dce0083335027a9ce9839f60234a05bd730e143866824a0e9b7672adaa64b679dfdd86c8e54fb2df83438c202d23c1a987db7a304a2d504e5c4573592c119fcda1ccfe5a07d5643c4a9c0633029b04e14de53677bf90dc7badde802e588fdca2b9081ba20f4712e662c12adb263f5e4fd893704c5f229914cd8f37bdc3f9409e617507850604f2f59d390fe621c9780ceccc597c37b49b8742654a6d34f71cb32d1555e72c06004d06f6f5b2011c1683c09a02f63b38549eb958115f326fdc2bf0aa81247acfb1cc8554493f26430030fb83d387a990d785f38ef4669b2fc53ff8ebc2537009c8648232996f1247fe42d335f9252cf1f570316ae986b553044b0c81e635f764ab9915e112941386af604cbb138efe8dda480060758e274bdf502d2bcf9b5210e31798b08adc06adec496d6a730820969cfbf60ab07a2a8f7cfcfcf2020d4cac60d127fefafe06c39f25af1748848c37d1eabbd6a84a9a735afce06a5922e8a80af1bfc7eb5f213dbb816f4ac87aa15aef8541b1abe3fb4d11d8b0b082989a0fff41ad9bdb2c1e41cbe348a7f3d5e2408d19b26817183d1f6d3b51f27a915274efd9598ff18a1568510b7bb366f4387eea8fd2b20fdd95fb6a612958b5c25262c32ab3eed75c08521336bddf41556b79cee9b90b0c1cb4d36245c25a7f8b248567fb4248313d2d0893b893b14eaf3aed6820ae987b88da0cba5dad3c5b267c9012405514767b01540a25e982ae7e1c98d06b14cc56241ab9b09543440957bfbeb9c384a74b651744fc2b7ca4e19a45031fc838edb3805964d6533a4a5583ac57d9a9f6e6da651230a42b5aa82168743e9817923ea3ebd1d3a55ef1bd91a89eacc55663a026401673e455967762f96f57b413424631198e09e7bb1bb06844068fe44f307a8d59061d9c5b1f377adc54722ccaf3601332ebc07660fec4d89b5c8213031f0aa8b72e92f89b6bd8472ef679fa5d617805180e6e0605423cac37fc15f281939770a72d3c9778d5cb3ab0bfe4b296e2ed90ed19619b8b353c1043b40e03b568a049a417276cb455cc5d461db37b0b4f6b34f1bb429a76968726205617095e1d39b92d09dae1c6d2e4114c5439c81baa28594cc0ab76e7f32c25c4f780c9e9d6e46a5a0a23d3bedfe1b14bff3eec36492bb9329f56ddbf7f5e1f122838e96dcfe98c4613a1149cf273a308c777146d7f4be2160aac12980d97661fad18cf682b7c5e242b74aaa132494d280ca444d5d2a99cd2bd426ff82d443e2b44b8441733bd450d29b8403a3843d4a77b6c70539d8965e57af369d6f32feab13450f3fa985aed18142569f4ef08c2a1947dcb6e99b5ac52cdd5876c50f02bd6afd62fc810a755110f47bd52a43c690f658374e9f7c2bc4285c641c7116a4ccd2c94f684cbeb7f2a17a29f16b646ebe94c4b2e2c4bc375cd7b002111dd55c4d212e9360cec88c18810416d05ee2eed34165a50f6648eb3e10f77247f711398a14fc77bd5711fc0fa046641ee77bf1c3c58b848252da5a88038a20ab22b0723c37de4753f40a110b404c68b3d094b4cc491c55531f7ba1bbae0b554816f0c8bc3099061c83099f6fe0e3661a824f5e440eaf439395c1047754ec3e22f44a0f81d73a4dae283cbdf1a0f7226bcc9aed34857296ce6dd82b82f1d086ac24d3b9e51ec3c767a89e0e0d10fdee6a4513d6ec8f9e2d416c8b87b0c1deaf66702ef14b11f42f9754ae688c220151e7e27c0331111bf9346db0f4a36d000ac49d03c561a45e23383a0b61d2717cf331edb43a227be4cc3ae2dd0999e07593a95e62cb170d4e11787ca9032a411b76e488a5eb5703a63e3c43341cd111141c3353d6c634422e63a8ee3a948e62aaa17be5319a2c4b81597c87a78dd744742127d8f4c942e30a6884a7c40c05a1ceb38f341d5107f31308f3985d72707ee4cc450aeb79b3122d18ab3a811ca3226dbf8986be11183f7bd4bcfc17db4b68fe9a92cc4921fe17aa0352f5778718601a871c9a11ac0eac37adf26c0e380d9e4d4d4c1441bcd52438332f3ec1bce2c1dbda7ce884258ecbf26f6e40029d770ebbe895ac8ce51007d38939c48cf3ed307109ce5258042b89a7e1969e498b5039080ea3912e326b5ed2cb2c484f1c8732aad746945530cbb6595e6f4038d89e1e0c0f978532ec02e5e12bc9115174a6901576cfa7df9b87f6b6685eaebb7ab84d90e036f352b9a3f32edc2d8fad897f60a7ed0f5907aa3135577a8bd38c02250ce339b3e500000a8c0bc4dbcb58fae3e14b8a5528c397ee0565c1d305c4679583c7a2273a4263fd7c0e4c0c3cd1593d70f1645829fddd22d3b28fe608eba622b2dd67dc8282192da3762413ba678ab7f0908dffa0610ac0133c5f7bdfe3469934c78bcb4177d2c1fc618bbac6c2ede6a05c83ee4f9ca0f735c449b31ebaf60e184880a7ce6053dbe5c6abf673b02bc2213ecf7b788d4fab17371a424493bb49447855cfb413af131de52bd75a50b706d0602afc4587fbcbe9da6daf807c3efc632bb8fbc8a3ccadaf73b827542745fa828bd99e6ae097936294db584bb7eefa8dd7b63144064f7114041a88e69d6e9c6053751ef135a8f6549527e22bfc0580a02a7dd72e9eb6b6a6e73b3f6ec2690251c32a5e4b55b022f9cc73fd585424afedcd1ffbf7e46d2a8e3a86b52a937a6291abff8ffde1de3add8b76c0a6f372e2b921d601c5f3128e5851706eb60ae7b28152769798bc48f6622fdc54ec7efbe576bc6b263ade79359db0db98ee57d465d202fc4613d2f1988d409fce47fb6bf1adba6a9e18b97aae41f82dad5632fdb9f1c9d65765d702a6d24efe251836e629ffc2881d0c218e89cc6467cacec7b1cf70b0cb3219a1c4f34ef384b4b972c7b045c4b931fd84b41ad619836b6d30b00cd2d79b8879e27e7000430adcd96d6f7c67fcf386a473752668e64c09b2f8010a30475cfbf8a76a0346f7df43a3eba83f47f139060103130b1a484e7814623d85413be6b6d4ca7746460f0466a5068d54dc9378ec2e46cda7d08deb8a254260e2701edcd7cedeaae1c11de85b2fd1e5dab42fa36e547682937ff684364921b513f1f570a240fd09cbc6fdd1ffb9183668427b376483f723438dee5cc5a6eb961a12eadf23a07b9fefd2e17ee0d74db1ef80caa7745b9c9f7685fec9b02e5ebb13b2f668953cf91fefe0b441ff07a2f2938f468bc7efd380bef43a030e5fdc41a71118eac608ef4b794efe03a23dd034f13156c02f2762e6e8772b11c7dcf8ddff32b942a6404366c746c10e3065f1f7932e240446c85c3f8ee5aab85b7727506fb03f113eb05dac7306c758fb6565545232934cfe1a99a5fc63945a4b6d1a652d02a6d353d3bafac324754fe1a00d57e7f020dbea17231f87d83307bf940e6d6761e7913c116465bfcf367aa331571c24cced6a4992e39ea9c482fc5638362597119111380fafd9f08783dd2497d64685aabb25f5acb60204fd378e0fb0e6da0da22b45e152cd7c40740eefe2d3fec07ea31872401ecbdb762cace9e92e7cbe34e1192d39b9a603bba160da80fda0469b41c2255ac4d0a46402a2844225ffd25392f46658280ce7b17e40eefb529673a2b3d8f6e25757e9a445e44c7a7149bece401de74823933559559239322e9363220d322cea2ddba2f6d5610fe883885986d15c53cfddb0f8bccedaee3a4492f2ac1be55d6f0b2f1e7af5f4caff10177904f2ba1a14949b45d15d45e07b4b3c206ed751f86b5f37d70a24a4d8a7dc389aaf71839769f1f11e18063e3bc10c490bc546d8b35242a93ec4d6b61cacee4f1d4b01800f7c3137ebc9ac731f7b4d6375c01a874f29000c1b3f4727b65c77a2d51051bfcdece5c62826292caa2da6ec16b9974d2eb7fd3c2c20d1863db12ef1440be09c696e6067fa41ad890ee8388c0290186e494cbc202e7667d19b56353cece99092b1d93eed7d26456f285906aa196059ebbbc157fbde72b8acab6be8efce28d2fafe0589f5c826f419b1ec3ac176a42c52360e7b3edf90cd4c77c915e47ef06282d48bd742d9e20a5b8dc88aba0744a9124930cc1cc7d692decc7f0ee8a86d506f42f74816d65e974086055ade94ff76a6fe5d14bd64a069b89b867989d12c815b575413874cb060adc4fbde9da6215b08bd3c72b9f817bd4e227b818f70235225265caca14dccb262c43230defa44d79efbf96195b8852817b9c2a1a0cee7b065a720651f4d30a03b23445d588a657ec81881b38a6ca7c96ae7d30a228eda72f8f278929640191de8b4c95a163f7b35d9fc5f38dd11499e2f3f0484fee4d4e2e67e80ed738c79c531bb034d0e3f7703ae1cd93d0334f8cce0e6fd7bbeeb9cd1a4ba16824f4df329914baf49fe4ae2e518d85cd88bc2a4d7511486305611aa901d1333f199a38fc9c772c5b6dde72d9d9ef90dbe2a7ff20cb9685c2b30ef80c066995da220811544bd79b867d6a45c5f9d5f81246ee7bd867bae77ce1f1a5fd1347a12ac6258ea35211b6ba1a86831915843d88896e58f458f0d5765917c35e035fed90d06219d345c5ec7d3a0ae95883cede928acb380f8ef8b4b6859ef9652abcbb767e6e79b2dd22e5978eed3edd65fc15f583b875d14e2dc2f2a0d8543c2991e9e9d1214bf2bc8020c1c18d861b8fb8829af660a7dfd350321256775ca613561a0b30e623640fa05d8a5f9540530ec9270d46c5f6607690c93e6e82655d295a4d3659bd1a055dd3f4bb626752a2d06759cdbbcd1bc79b83086649d106e50ff647b8fb279b8ec301487a755b63b15410d9583977381e2060e794dde87459217e540739dd851a21e60d671a6dba94845f42487c32ec098a9c4c0c198198431b389bd1a4d6c9f88d6fbb6beb8c25a7f86151da3048fb29ce506076f3b7339701f60ddbcde529f2adcdebd2bf02940c1a9a378e0488c29a0ac38a17a9118bc5165cea4c3361c2b7edc485fb90f788d1b4ecf249b38701ce1ef0472003d9dba70bcbbc1e5599b61380fae8aa7c48f7dc2c543713ffc9a72a801e1a77f9f37c810cf8a31e0bb5eb4cdb46f2fc5fca97133ad03ab9cf53883b270a01260c7c534a0e20cd40e05e747fb3bdc07b3cfc50b3ceac18f059ef4f65565f447208335fb828df7cb07583a984136302cd3baf3b3d9f9177ef97f584b0daab7f0493d2577326d35e5c2e4f1092a1339918cbdbfcb5b1dda82c318103401d4a9e8fc321815909daf60bcb32e37020e105d8b9bc3aa31900cd3459046ab97eb228675846b691268db848b42be0e8d96f73d79c16df5175b29d4c3e0351a24ee103d2cfe7c2831e4edc4d7bb561c29aafc6662191bcae8aebd4d5113e331b9b537f4fa85989052d3c39a939554f2b9e6230e96a78c24be4d942154f765e6d4af53a8c4db9407a188b721b564daf9ebf33a146bccea52cbbcdcbfb50740e921f91f7e5672e5e7c2e59d3453f983dff90e45f917cd74501a646319fd22c952f3152b077d56558401f0bf595db464070ab32553b095f4421524c20568df7ac803a3d299b3dab568d0b68d795eb7b68b11c333b381a2838bd9398fe371f08d48f2ded24e60e02654f18b33a4cd6eeb86b9fafe856f33753ca1cc6756dc4f843e03039dfde879a76b715e0ee169afa10d37a8062aece61391764ffc6d4dc6ddcb56f35880bb13c705625c616a97b05678348ce1d52718bb1d8521cff5a3d2ce5b37f7c190dc478622826a0882f49d8c0fd3be124ef75a7a107778ff66b5be2b66c0b64c2084809ede3070dbc7e5de51ff90466ae52b47a293b4cff6f0cb064b6dde4e00650a68b154129426faa9a237e4bf88eb59b094786cf49a96fdc54cf6c819e1b67e2b0d687070f1bd148d0b2faf46659e6db194bfdd5d037aea060737952bc30026f8547737d1d861f4c7a0c0e5c99cd91e2869215dbde6c4fffe1ad1d8744f257aba5b503cb004ace6be69932572926930019040107ca38207eca80735d5de083cd596395ee154d83576e1821b8ecb4f1931ad7721cce29bc17fc237974322e248ada7c23f92fe852eba0f03f71cdfc34e6193561d3423087aaac643a9edfe25fa2d7f3263c0ada5d6553e357275b59357fc2213e1faf714a22eee3d5d3d502838fcde32e542e73f204baf6916a3af968db423019f558a87c104c514bd8f164d03d3deba7e81d29d896aae409cad919a995cc8717b7a078c623bd3af80c056dc1716d04353903644e9c312415bd756683697eb1ba4fea32c710d0f0129ae756984b52611993255a0912167ac123d1a2c9b10380a309d7f3b067b628e9da5085d98b90b0cd852d54cf1e2971b4c37d511fbd55ca08e2b56ee7fb91386192555f1757dde458601ce287c5e5b611ff5fb58751b3eb8335a8b5cde2fd2873522cea0e9bf6f5c5560ca0091a58ee20042ac02237bf01843886e4439d859a785362913c0cead1e4691f47e5ac7ec132d0c7136a9487fb0c6cf292b07e5515eb2ae942d4aaef2dfc7f29b08f57557514cdeac066d9eea594a5c5388e8f1064dcf19fe4be16d57b0d410f27f0132545e917cc90595e93c252a720b8d24b70bcfa0de03a6d3f5d50ef840404810250839299f6b794c6e9f00432b60d7ca2dc6d754029cfac5b964f09aa0aca49db30da75f002bfb2ee498ac70a5b0f98245a1c2ee6da8c0dd3c59c020730231cd053a7783a3ab43400f056f622b99507f09e1e16377e2d02c0c39faae9164f1b6eb4908f591b45bc4d4385a161cf46bc1b287369a5eecdfcfd140b62e0188576c886eecbe7191a7406798f0fb4bfa0c7182c135ef595ef570294f7aec71396e7b28ab67accf1c37de37ebc942bed502f53651a61fc62a1dcfc29d1ce5e11aa2dd7e1659029917e203cc816abc533dca943664bfe41e3d298abf64dc30d0bd1ec3ca032b7d27b8bf71a2e76ccd0c4a313642b6aad073167b8b133ce76790a7414fcd29c4f31df7e37573a174b7c889dd737f94b684a8b25d8972355897802e3d9093c471054ebfe17ab81c9b7c3ba9691693fe99c34802330498b1ed8fd2602a9d7085929301c5121009e4b9187a06c767ef9aceab2202d20926e03c1ef01e3862f91f2e868c1e148e0f7dc7297989c352cd6e56879888e7e21c0948f5229075542292ff5d8f4d6bf02b27e289f82bc3934ec7bcf5d4ce5d7aa9dbf2f5f11ea16238aa5d188eba8553b6ea4af29ca37201f1b9c9bf7ba44f78264aadabd0504068c9c7063a776872824e1ab4b34178621279772ca089c5ba6d7d4c0d4f5097cd8eccb72c01dc41c17197a0f4216ca4a0d3a476df762e4b3d4f87c8ff9262ce6d1e2f8c9185bd860b2b021b44db3713b420599d990195f8fe82dfaca2fc9305bc541a04645fb6f733b27d7950a233599ced31ad97e8d3297094dba4abd6f295be8a9589ac33d6f04a426390f6e6cd70aec289a6d1ef3264c887280ad42a8103c52bb2708e2a6917efb3fd9145bd1729c2c9fa67f01aba05ab47c56441cdf0816a0b76cabc81cc9f6bae4de63668f12ae669284b5aeca54be6780354b726e0a7bff238cb5cb4c216fcf0f507f40d3679c0acbaef83dd4b5b0db2a9e52c3a6048f17c79c4a7abafdff1d3f955b5da5e0816d44f817b705f484c771f1bac29428973b30874c1236177adc709f0a6b2d32745835162f5ed9ce69f36f156031e40b2e26c32addc2ceb297648d3fc271a548b9bf788bff4b2023cab820c4a4ee8f201bbb92dcd070b78863668016c24160c2c053dadb24001af4042a1e5124603307507505dd11a39d879137103f9972ad0f6d79ea24cc16610e1c9dd1984cda871f891703a5676db0633371eca0abacf30d3f4313fc807fbd98d613bef1b3854b16cbd386e41f6c4a173a1312f68148cbb308289a209c213fa51dbc31874fe1ee1e5c8047a5c0c014f7000ea5d3ca333306adef5755efff735059bc055bed75d71fbb39800b056717d62e76315c4d3e05185e7ee2ece00adefba77bd5b1f4d7bb23fde2d94ad2036e9a94304bc121f6c1845a1327d89a6f55bb9ca81eb91e07cd0f43871c3ac1f1e37bd2755613ed7b3a3ec11a3eb8fff749ab22f92446f62f85152339e3e373c4e4ad9b657f5e665676790ca0bf8e005767aedd4269d107d4f11e6b4bc7a2e4217c1c3cc2e298e450d010fd622c47e2cd7880e64b2e6b2e6fdf28958ca1ae65967871544bd1afd71c06b4b39318d5a076091a1266627ad1b40f0ceb66234377758d63f8c56e66c0af644ead06b4e987bde957467e75938f14040e31fe264d2cc1f55a3fce3ce86a68196d2a06336102c14d0cc892fc871d6f4219b29228092e58a02047d8debf48ba1442ea38aceb82605e8bfa7460c49af4960e0528ae6d904bb6c6379fef10cb1d1bc6e867054acf978041ce99becefb219322efa15c26a14170452119318cb1073b15b978fd05c40a5001560edf21df4aac2aeea52c33986c164976c52dfb73b8524b9e12650cc2e6614eb1efd1d3134f5825ca08820ba2a38dcd2561640ae9935ef47b5da8a801641a7066f7dbc52ff3651d8489971cf0f77a525cae847acd5056502177b00ca5b72b3f0fb32e0bb85bb816d389fa12477aa6c862499500c516228cd9ae7c652c3f61f641b6590b80067116569eaf77c8ec57e85b52ee30cd6212133a17ca3a4e87bcfd7507598616214d0e2b188f173ee86cce1a411c0d2ff80e1ead326474358dbf412f8e540c01aa91173f752e069ecc268a7427e0935db3acd27fb7bc097e2b2c58d5a6acdd1fb4c10ef703b9687c4c6f9deddc9c9d3ef5ba1d9a87529d0a7387bc569c6c642913c425fa7538cb83e2a689d5caeac55b325d3597547ef6c8dc122a2a6d000c344eec023e56786b482a73477d0fd36701f0eddd08298e43913144c3f7b879d09887612efec260abd0d45688e61558f0288cbddd8b5774e48466f164d5e522b544131414d6f2fe1a75dc3f898674bca43b786b3eebb0e2ac53ea6336d2d0496f23399c133eef87007a5128b3f86d3ff94bdd1a0143b28d4b72e7b02b2022147764b03a20a11d5fb29aa2ab37f2917d0b42ef10170b5f8614bc6e4decda4186dfafba37a164736f6c634300081e000a15fd0f19bff5521edae5f6d895f4730c241ccc3d415eef6c9485d21914188c1d2446d537b3dbf1feba740b7657dc394b17e890cc1db8c77a1df7ddbf00c956cc0e8e971b94bc8945665a5a61d013e62406abdad7c304284ab3981bb120ddf2212bc9b3a8075e8affb419233bae1329c8b5a36dd5849d426b61896d79e5ace3692fad2a9783fc2ba49001eacd3a33e34c302753636d3c46357636dae6c8b2024b19c6002888dcd3e33699c10634a806d2aae224c3d7e59cec5a9b8719b066d2640c3bc3c927533404b7618b19082e24eb2ca334e7bf9dceb958bd3551e9fe7f57270e9bcc58594f6192a2b99d2846f622de39b5937b2a7323cc45e25fcb2093d01e7d1a66aaffd026340c02261fd998650c044a8b0c7fd711e04213a1cd2cd3512424444f3b3621df8c36b258f3554a9c5e2a21a5331717c8aba346c7ac63c97616e036c1a88f983c82227849b01847266a1175919ac332c27799549ce18d36ee0b0ca3b0483c8e42c91944242fc36b40ca910518f9d85a25be8e4a7ef43663ad110cf5e0d819a05a811f7a0c166628530ba6f6d353e8e6a433c064d6fadf060c19bce756e115841dd94ff44541d5ad78130187d67f3c560c2a590bd09376570909257a78bf2bdbaec4a20392ebaef666111a0013e0d145e3b8538bf21c631b78054754fba6cbe53da1b0e9c8e6694c94e5c5784962cd792416d2e2a69c666d201afd103f745dc8bd51a5433a7ac8419f1dedaafbcadd19048e9009d4c6241613245cd94a309bfb79ae8f5255803fc1fbdb80bb78ac6d5f68dd031a464a87ebf414faebe5560369ec0b8807a88ecfa006f7f9795caf1bfcfe261555534cf4e78d0c962615261ca9c1f65cd755e00bc013abf1533a12e81b80b32fc41b0d1fa86d2792793df783c78305175c60e000c53fd96ee07ceb78e470a6c64a1b477c55342096d8bc28b6870f36fc685e6509823ed594339011cb6dde0e8f8d7cc1cc582e109542c42e7879d5f2509059905ece1bd8860e7c820343aa1b30461df91eae951eea6862ae37a2a4392c5801737849adb507f0a3137699241517a3f1ebbb3a48093d3e06748b6704617f4cffeeab1a9c5b788923f7fe09a498749dd9ac9f32532e5f917fa4593965b59fbd36e7644390ba01391b8379a4a204c1c29fd1d17cde2a0dccfc2e6d40de5187062a63a944a907d0d7bb6eb30533a3454057778ed3af1b8f89159c77020c893f3cb7a2a4cc3085dafdab413391192963d2d6f8a71b7d241b04a42762b5922f9e96652279d739459c63ba99921d36047868be961392e41f9a885deeb4ea645ceddc1b496d41a8b765b09c9fa5dd267644335f50b788270903ca28b792a69f59d7499ed7e261840c1e20951bf0036cd34057859ea07c980cf286f5af05fa35173dcabd94e3c7fb591b74607d58c397469cf09759e89b561a465001f19b05dc38a491b248c97ec7920c03da29e69d805df6dae9ad29c6b80ed2c6a0818f6e04bd3aa8e1a17b0d67c6815feeb8bfe9b3a575bde437ab71141cb929c4998d91a32baae52fc164831ff6bd12474cd8c91189b69f1e8cdb71640c5be902277c48337d1db6b1fb81c89e8689cb10b7ee6af8b9fc5975a730f6eb2dd837a46f2ba2ee8ea9442a9eebd87ed57f594f044c7860b39595eae6ce4d0e119bc8b722e52ff60236302b2e6f4a139f15e63aa0641ae765f3e71c32fb759d25214f618153620b583fbd2abc2eef9a26789f3b5296e90551877a37d362dc95013c611347b3d133ed9045be2c36f8689a0120c4078d12d8cd28c006bc61dda22f0a9559eca7cc75db51c369b05e74c952d5a8ae39b06ed01c8698f4d74d58dc0fee282026bc113cc251580beab7bfbddf2209056fce08c4e356b1a06f1bc94414393956732c8d80c3f60ae0a275b3968c22c40e9054b3ad662671f4326f208e1ce66ceaedec3b13ac33cf1dacc63e7e68e3e7fdee08e91a54075cc0758a805a1abc1b6362a1a276f723f806d4a51d3b7ab592ac8f39e198cb5efcceaf0e48c123f70ead154fd51f42a3de0ac2b61621f01a8b0899f46d2d9da1a8d620b88e9828358bc8e9b03c31481e07909d86cc8386494aa0c6b1fddb6e83911200d2d5bf21309d93ca7e97b55d43c9396f92716ff1ad99b73dc929c566de6c6c721bd04808666e4182c159d4cfd305e1f6f5cfe4ce9243ab5388c2a5a0ab74b600e4bd5e28cfb007611bda022f417d399841a00e543b14076672113b21e9bdf4942eb3fc1281dff49430dbc9d0748814312f5356a1024539516ae19e8b6eb6379421cc83243dc2b640abc1728422276ba4ad24cab39fc7d1ef6cf3d82fe82c9f89efaa7b005cff4d9542e3250c36bf32561e274f8fa928dd3a8d11f4f76c36a4cdeb5e6420b886f89543b54f0403091d51cd88895fbd55aea86d19db8b89cfd55255f8030c0aa8002fb14fb9b4feda737c210d4289d62a014e4bdbf708ad21b53ef62d9625e79b70d1ee02eb3f6c25bfaa7b9a4e1566b0fa70c6c0ca072191897838a36027218c7dc6af590ab65620d6f31dd4cbdf1eb86058151118bbdb80b8d96d0d80053653ac15a867afa2931d75116318a810d5512d871b71f4654c86acabde8c911c48420d5581f37e60b15a6dfe652b9ce46e2de3414d252b18df5b1b8df2a81821fbada5ab40ee0640b13756b26a7fcfeb5f81de884fbb889f3ccba3fd64cce70d6670f5a24582a747e1d1ae1e0e8da63d7d202210d96dd5078fa58eccd43e361fe26476a17c1dda8d2d1b630ccd263ecd5644529afc3e2973f6961ff3f8712627464f05a8ebb85e8e465599614ced7bec41fcda74ec9f51ae39c392672bc7242ab9a6d1c669a478ceb584e3bc6e1635e3202ec53cbb6f3cc42bbfd7659607c00dd63e17922e2e955c38d47347fd269336d27cb9b9c7a3218c3808507bbc994d19593a3350d5604598530c93362e2836f90f7daa675f73b40bc04d67b0625e3d1682034112be41166846a800dec3f04dc45f7878bd2c5493e443f44efc5c08af0828e223ee37c2d4dfa133c8df747c3ddd415da67e911f2f5cb609a58df64bd0127bfd549e5e8dcf4b22291715f2ad5668cd6c711c2a39c3ffebe93243df40b00dc2c61595d602f4f7b03af6a919263956b5943cb3f5f890bde70de7336233871eecc3f4d0cf71749bb70475ee20a3d479719fcb7c7bea429059f6c1d18dd57e2d94c63811c0f21889beeecc4d7797f0fa87f0cd40fb84ac72f5537942b5bd7a07573806d926b6e92313c06ba464ac035746e0dc96b3d40db4020f72dbbf715306fdd2c03d7f271f2969d465c7e86763751e29fa622a2715694c534b5e171b2519546a1616aca8f207e875ebf37977f96c1dfa32ddf16d7eaded9047ab15142f1953bcaad2e145cb2a759cdd65eb7cf493b281b71b0faa6010e30a38b51275192fdb1ef3113503a9db688b32a0b79f3a8125d7967b3962373fb886332a135f7706d774b685f236c190a046ec7fc6147a84260794c543230c4d3f90cc091d0e602cb5b76f44713c49cc24cb3e1715ba081787296b94dbe25ab57742ebf6553df405159d91bd6a0a9c639b0cc27cc39dae457f45225c4bb554264af8e229a52524115001b9e8d8b1463cd86a016c3610f87fc2a10f63bdfcc00cfa99353a4c1a52125537cf6072615205c38045b8ad31d155bdd8acf80c7dc627a7506e642a177c2e83916c6303325ed9513361098830271102ac5dbf285e2645915eeda77a56931ce67dd1edcaac1b03358eb6b2ad3780bd1cd201b91d4bb2e603e01279351fd126e90bd7b6f903b9e517a0f77a7e4048033cb873b1da8cf190080e75cd1dfd6b1cf426585573250eb3432a5e80fc194c307c58c814ac37bde84125a5aef222a710fe5c50f8fe71b1fb44251e5dcc90bd0d64844451329dcb49e241585406ef8b0c273841cf7228666b689b24a7022bc402815f77f71b43c1862f64853b6a47ca1255c43af69be48744c759de67f363030b809ea5be5de707545d1f29dbfcd272110b2f7ac7d7b3f94893762fca13700b74cec691bc57d216ba04e992bd0dc9470652c5b2ba7b972dd68bf8c271556b57ad4521c067a072d75ee09268562cea9d1e6db4b3e0185f2add0d49d60e16168c2f3ea91e2cb05678f2c9d9abe232b3400a96b6eed42e7041c98baa152253971225378ac4cd9589c80cea28c06b5706782650ef83382c54ccfabafaec8096c519ab5670c7d4dea2535c64db2b7dfcb5531664dbfaf0f45d6ce2782683f87e6c9e9b7176f08511ac1663869adf9337eef0212ae8907761700bdea4b480f20f788dd08ca4126dcf4ea462e890f3026344760e50a74cf13a9f5c3eac33a38c6f9e8d3c2638bee309a4180afd6097c52766e41377037809e690222f9afca6e1ee39ba95846bbe912379a938f6ffcb493f5cbc094a2af179f583a4155dc7f2b191c036df4330c0eb75e1e70d2487431bb4b51f2b1bc223925afd7f4f7cdd038d39183e1364d1665dcb17cfc2e30da2edbda339019a6052e1c5cf66ec396956467e791a97506bb3291d1a149d863d9cc25d660d1f709b744826f4ce03d2ae0eb2a86613bc33b2bbed5e9ac6198f7e8df1afa8b210cee567471a2b01cfa286f3095713ffe5855c06f17158e33e9ebfdc1c792a88239ea34b3e8a5d1d26599fcf453537fb16a91f9520317a01c7de1bb5a768d72509b3a1bb0c0be55876c4b91957b7e86412654bf272b7b9c52f2217e9713c7dcc2cea70065cb1bf0b68c86a3592a5134384be8b10de004c31233b783577694dc613aa1864f9d5017a46cb107be441f821a85315b79f39968d6407f343a2c619980005f278bae49a9a15a54132c50388e69f4211ceddee99195f07736b502fadee0302a786d79c25a2be297edd39eaee413dc553146ff7d83bbbb8bc71447b66052eaf36a4dae40401cfa571b55ad8b5fbced37e67860085bc6afc5412d809ce8a166d04b67debdf8e674bd6074bf67031d3b4c558647dc4a3c5443eba23086683232f97fa7f391323e066175feb3572aed60c343c3e3c11ed309c00ffa29cdd3708f1791a609f8714b38f03cfeeb1a149adf524a946a397191b0986869458bb8a20e9ad3d16db1563e84154a169db5e81d0117d4914800772d4bf624317e32b3617a525ede8962fdfd05af9ba5ef109bd2f5de02524454aa25c696b7c6fb0757d0d71a275a14cfaa4f987cf2d2552add13d13fc7141c544a0ab457103e4b2d5021ff842cd59778fb6c75d197511f3158ecac8fafd21db5fa652725be434580ff921095e6eefdda8f7648172826e435e08a93109b1f040d88ec1b01ce3e2dfa59202746d05612699c335d4031f388561fa2c6b3a4c224df74140c58c5dd7391459182427fdf7ec0b8c5a7003e3ae6c19d8da47804a75d62ba4a1f8ce1835d7eb660dcfad648630a6037241a73af244b1612eb375d852712a10182e1339d176471f24611b2e7aad1a1fba1f1eb3193a87a0261e98dbe77fb30944edc6ef5726acda2df51df9c66f51695783648873bc167bc8199afdcf98a6a39dfc14933634cc2500ba85a4d757b2bb24f2686c8fc2b20d23f68ecc5bbd889d70db8222f9c94eeb2a615fc377bd707e1d297df70f60076d184ea30144439d2a02827ccc4b74d6d5083ff5f9b4474040e1db95e7dd4ac08bc49f0df5e04b1601e531087a66e1a9a0300192ff2b9358b371328362eab85f10b3b256562986b0222f90fde6285b20312b9b6d2f72c215474b76c58be1bc8113aed21efc4bfeb76d432fadd1a143ae551afc92793b1e3c7bc0fff4d51b34c751d6fd4f0b684fd36a5eb31f2e7d59bd0827a4788df73ad8b0a3db6dd0366131faff0cf443fdbe689b1811275524fe4f5b26e306f7f4400a8b466a46f73b1bb30628e8f53ae183179a89ea09bcab1abe8c1903a292e81db108e9af23cd1c7249087803195ef86af9d7aef43f671bbe28d505c92b5167e06202018a4b1c482dde448604793a2b6d734c3a59f599b457794f109890a7f2fcb50131c7e510faf117da23344b6e50403670b103e8b1b0fea27f1fb6977c76473f7a1d148b69a5526768ac7032ce91f0e138973b3e4d30745fdf22846c8fc4704252020b4a141726ef713f5eda605ded818ee69d101490d5a8b6079b1bc515838f1ad835d87623adef3b1673ca9735ab72d8fc938e206a524e5820d47a675b313cd4b857527f3e6ddd2b5646e5fd9f206aad5bcfaae6cb0958e6064e79c61f6d53a00688e7f217a0c8579ba3daf9d4df5dec16f013a124413f152383c6f75c1a392e6e1375277f1130c2274d8668773addb783207cf58cf4c0b60f693e2f20b43eac0691b48a00fadf42143af8e21b080d41d1e71c8a02142da7264fba8810c9e1c00b512aab1d355bd7ccab52089768376d8a925cf1c3f927a101c6986291edd61bf9888d6bbc0d0f802bbc4186a811b8107fcf306a557f0af626cdd05df967801d477b1c344754c15f7a30b0bd75bb98985a0c2fff9ec80c060c5e61cdfabe2eb8188f70cac4d7b7cdeed9b964792d7dfb6fc0b228a7270e542a586a34c5b50461b05614cbf3ce228c130522513793ec263f9afa96e23f4e5a25ccf30168e9ef4fd1cb902c95ca8d67a13580dd07994094b221708f8c7d6797107dfa97fd9047fae9cf80f48b206884949b324e4ab03212f3298c48189876961cff7a1fcb4f40c410ceb353cb8ab907a0f6b2821dbf82766ec762967ba2394420b8533e0ab744d5db86e30a3e73a80bf621a2b5d8555b0fc416389d5cf532650c9d9b203b72e7887fbc30ac7978146860ea4aa1ff0d96dca2c65666304cacbb1b84d4afa11231f3a4a3c62a0029a39f5ea31d907a92070494990427e7ca6f8814107581ede64e20dce54fffbc6443cec3ca1cb0054c5142187cd21bcb166b7916737e84151e0282876e43177c3830524e3b6ac2eab243a067de3319f8d0b8b42037cd61979b667fb80288588d2b095f0c4c34312d7c75a074beda537909cfa104afc04e3f13c2d80fcfa1aa6e946499406ce541ca84527b75dd29881c09e6a120a42ab93cae3bb2a7ac65c4952fcafa2b58f3d3c3b292246e292dc1d10ead442294e0ac633d4e59ac74082946c67653dfd3b17220d05953f214328d778d6256019e150e3d992f5175dd609d7b7468a978428a5bbf291b77f900d1c682cba1bf2c04f3db93c0870db5a439e9ff0f2ac65d19edda31f6bf64e9f827516b3f68e72e6c4ce5c33d2f1d00d4c7c691e5d39dfea1c0eb590de777e5fe64365545646f01879179e76aed29e2392a6df0ac85ea6a285e0d3a1112e8593c23c3e33df5a2086975bbb71f10a74a76f43bcb0035481860c6478f23fe914df449b50e56c4922c6feb5c47ad32b1054c98e31df1659881f884939536961bedeff8cfbb6e12820549855c647dcdf03d05c6a490d5541098d6d83bae7da0112a822e0abcece25020f9c4e3fcfa0d305a923e4fb0d9ef583cb141debfeb931c909ef1d4fdf6eac905a3b3663e889c49eb5920e769bbfe9f9dfc905554300bb2b4285c6a5889b2741f9e528d112bd8a059eaa510cbd9a7458598d27775bcf6d851a0d359ebb81dec15608ad6b67162915e05d6af1ba4b32eb4693f775ffc0a66485c3e5617dd37e01bd2e26efa4fb0a842e03142af573fa9c16623542451b3e4e0af1970cd7e2b0a2b417cad2430c3018499a10488fedf9e5399ce6cf93819469c802bed6386d7b9230d363d8bacdd978d08dfbc44f1c3bbd3b2bc1e2aabc5c3759db87f8f895eab2f83002ed31eaca2531766a09552eb1667a9419192ca335b08d93693e5584abc0feccdb53345bdae7349c42b119570c762f1f5497eaf898e4ba2d378d9d8d20d18d01d38cb6ac78d93961c1ecbfaadd4b0cf999b972ce4900cee9faacdf8298a1f31cefa55f5f930d149b63b7a33e385a688aa8a4ff3ff8d88e501dd7466b4751a02607dc91fd27ebb066b51f8dca8d64dec062d3f8ea6a3e2859d139c17e9f225bce5f60cf5c72fe58b511983c067ecab88071786feb4f6cf83e1b5ac35878e199ea7d2467ea66b53853f7ba20a91bb44a4a5f621404375051cbac31997a3661641e4ce35beb44e3d00fd9b7a3bd47e118fcb21c62281b148dfe4097c147e11227cf6075dbc7987ebce58711ed50e2b6a94c1478db414a834345cb2b5c21cb5252bdf93e4bc24d639e1ebd80550001fa9aa1e7d6abcba326c2b2feade8fd8d9073103523d7b0ce327314d3474aa6b77824a75862d0cbaa5af6e1d2cead16b9f050f7090cc1ece4b5217a0419fe3066d81ea2e19dc6c5410c770740c168750662a4801a2483187073a17cd04890165ff19b24180cc8ed16870cfe0f2ccd8218324e27258b0e61cf13892a8b7abb13e0cc19faff40bbdd680a389f4918f63d9e20f03cbd30fb82d7807479517b4e29b3da4950b96a023a331e52c721c66f5e2292bb6d910684eb13c86f172f66f59a093f8a002333c8767bd594ceb63e9c6a2c41f32b4847858f72bc734df639c032604ae71ff65afbbdcf42acc7ec195f3a39c2a0f1adf6230de3995bce023cdfc6af1e85d9121f84de4a34b9c7fc4ff920c7617fa977e81dac861e637d8d9e4636487afa55618f35f7455af8321f8d6d50d6e09f9221e154ad381a5b58d1c8771be1f47f3aae8a9769151cd84c1434fabcb9b0ea204dbfbd3e404128c8252d607169ef5305bb12a59e44ac4be9147055a6f200d2547a25e17e027bda4423048f3c6c595d6f83124767da34e0e4b96c26f5c940cbd5f2d0cea7678b80aeed4b0de78259c86a2c207dc0f28fcbe22a1252e5d3c1a9b6c59c30e6d1e3c5efae27acc27e9b7bd23af3dd7963a0aa8361b4df2f2430cc761b549af62069ba3e0fa7ce6c75c9f6defed91e8f3314c4b1ed7a5e0c83c30264e78dcb1adb0d7503f80507ed4bf90271624d70dfca454d1990a2f75598828d55e9071501cbb4ae790279f996622466c1c9f131d667e8baf7bdbd5d9a45511ff42ce9d42c89d7687d469625b18c59b883833298af76480817907af2294a704645153c868372f37d106c5c4bfba4e2f73309d53390894a6b2338810da3f0d103e33717f00caddc108323574de85c6887720561ad0c9946bc510bd3954ad4d264461fb0d2dea03b815969e1b2bbeb995d30f774fa49411323d20ea4f4f1652161a104ad60c9b35ef38783a9f951bd969e107846affc11754708b694168ab9922ae691abdea5ac8f12f90a1a147b5ac63088f4c3de32e81d38e79a93612d9f91286d17dc13dcabf49975e2a37743d997ebc56d11b71c2e430890eb9fb7c7d3b1411153db07129358c9ebfd849d1a12de7ff39ec458b616a3e6885bee7114f7a0a98b996681afa7f3a7ea25fc6d9f2b48af7c5d8c8db0d55892bb64461752f932838a60cc9aa8717f4308e6074996b7b71f077a1fd9d8353af5c086aebed16b70ca941047448572c947a8308b479f74524a74c384d926e4be36e8068bc635df610b06f989dfd1d445b6c4bbc386c1915d9c6775df42fd040826a8a95deb11561234bc8dba2ee31ad5b1dddb6946dbf1f2d9a2f7d71bbb45d94d7f9ff47afe93603b28511d097183cceb1250dd00dd4501789b25bb547cfe66eed09bec1871c592d06d2e4acc30f60e54c1bec9442b8aa70137c37b798d2dd8dbeeea514f7907b08037905d11e86a5a9d3b03cbe3094e9468d3fb3c1a20738c08877269a69147e1f79d21604dcfb2ca75a44e38aa87cf8f3f56f639c8501d336f2e72a8748669520898e9f4eab7b0f918e10b9fc35a024f4d0578c0e46463cbf360606fa47ade409b99372d699342f4c7e3c807a133ee3be1c92422cf2f0e5492136e815061041142ad77d8e80c9a778bc04e8a62e550908c55974693603d8670bf9205553bf7f22f3a31aa3f9f3c040048df27710a8e485049abfabb71b51cbbd87126e83cf2403459743b0ca82a0801415ea160bad9d326888db19ea8b86bbcfacb48ac3c4120491b8939d07f0074c444ee02f79917f5ded067d7e0529b0437b71fe6355170e2bcf73774c5976acfbc99b1116384b11930bca6187dac5e662bb9250487f0845244615cb6c1b8f74aad86d9f900ceff74ee731a9dffebc26096a1e6a772680f723a077e52b600cefbef77eb273ea0d5d2d7b18099b4832772b56c6e822df0794227f9d7399bc220483caa969a8892901b894de900a1a20da29328343ce7cea1a1679302001981320168e8d8e921756f2ec22d21fd130d719eceaae1b19354bae118d5af95d648cf620249c405d77c7743089d9d262e29860cab3c292def4ffe42284c84a005818061688fe45ff37d6fa24b4f99587fc5e9a1208b3edf4d060d00cfc0f918b739604150598b74b981255a70d772a67f23f51c34212958b45a0352537c964c421601b62787e6eb7307b99a9d6eefd0286f927fb25f22e7e9eaf951e30310e4606c228e2f5c3df3eea02457bb4777af8546fb61bb1434221d998840f5caab9c8ada0b5a094dd9129eea5421c1320ae7a666b56c960be0dd4c1eddc1dd1def16e2a0ffc68a449be9d160b00ca35599e7ad7cd1afdae000cbc76dea82ae0eb79a34fa9a3c73bd9f1eca8731aea913ca7d138958a32c09c1c521df6a228ff689e68fdc639c190119604c98a1845806a317af901568ec8dc47593915f11bd5a5860f93500e39351520da5f095ec6557f54e0d5628fe9cf1a20d52c426c021f0968bcefd07ac634d7e6e02d45eb6afa85d28b307f5d2e3f2cd6d744fb441c0c5c153df6045c88bdc5d09dfc813cf8546d7344c70d194fcfd29f92f4b6961ca6c68abb475da1475efc1300855db5fd7374a5b92b4f90f49952a05aaf92ca2bda409f3445270ea3a6d128b46a5cd5cb245b5339a66fdf814f2b83f4c123d305a71c398107a0314772fcd210e0c1d3ea35d99444a378e1213a9e10e6768daf11fdba29cb4c24bb0e770eb1d4e5c23d9a51a3cc86c7d41b35312fc5c943f96505f0e7da79e615a61755ed4526892b42ce1e80b5b027537bf53f0b536d4bbc0b1eb2f81535a276e50897a2baf3bbfd981468b91fccfbec6cec8bdc988f00235015d6ce1db45302f8e286e96e26e4f64ef5534ab8a55a9ffe215f896d7ae7bffd1315122998316a3bb389bfa1146d940d7e2718edb570f12cdcc57377f8ca2378023f10e9f89b3f0a2c44497c8a7b705786220397dce0083335027a9ce9839f60234a05bd730e143866824a0e9b7672adaa64b679dfdd86c8e54fb2df83438c202d23c1a987db7a304a2d504e5c4573592c119fcda1ccfe5a07d5643c4a9c0633029b04e14de53677bf90dc7badde802e588fdca2b9081ba20f4712e662c12adb263f5e4fd893704c5f229914cd8f37bdc3f9409e617507850604f2f59d390fe621c9780ceccc597c37b49b8742654a6d34f71cb32d1555e72c06004d06f6f5b2011c1683c09a02f63b38549eb958115f326fdc2bf0aa81247acfb1cc8554493f26430030fb83d387a990d785f38ef4669b2fc53ff8ebc2537009c8648232996f1247fe42d335f9252cf1f570316ae986b553044b0c81e635f764ab9915e112941386af604cbb138efe8dda480060758e274bdf502d2bcf9b5210e31798b08adc06adec496d6a730820969cfbf60ab07a2a8f7cfcfcf2020d4cac60d127fefafe06c39f25af1748848c37d1eabbd6a84a9a735afce06a5922e8a80af1bfc7eb5f213dbb816f4ac87aa15aef8541b1abe3fb4d11d8b0b082989a0fff41ad9bdb2c1e41cbe348a7f3d5e2408d19b26817183d1f6d3b51f27a915274efd9598ff18a1568510b7bb366f4387eea8fd2b20fdd95fb6a612958b5c25262c32ab3eed75c08521336bddf41556b79cee9b90b0c1cb4d36245c25a7f8b248567fb4248313d2d0893b893b14eaf3aed6820ae987b88da0cba5dad3c5b267c9012405514767b01540a25e982ae7e1c98d06b14cc56241ab9b09543440957bfbeb9c384a74b651744fc2b7ca4e19a45031fc838edb3805964d6533a4a5583ac57d9a9f6e6da651230a42b5aa82168743e9817923ea3ebd1d3a55ef1bd91a89eacc55663a026401673e455967762f96f57b413424631198e09e7bb1bb06844068fe44f307a8d59061d9c5b1f377adc54722ccaf3601332ebc07660fec4d89b5c8213031f0aa8b72e92f89b6bd8472ef679fa5d617805180e6e0605423cac37fc15f281939770a72d3c9778d5cb3ab0bfe4b296e2ed90ed19619b8b353c1043b40e03b568a049a417276cb455cc5d461db37b0b4f6b34f1bb429a76968726205617095e1d39b92d09dae1c6d2e4114c5439c81baa28594cc0ab76e7f32c25c4f780c9e9d6e46a5a0a23d3bedfe1b14bff3eec36492bb9329f56ddbf7f5e1f122838e96dcfe98c4613a1149cf273a308c777146d7f4be2160aac12980d97661fad18cf682b7c5e242b74aaa132494d280ca444d5d2a99cd2bd426ff82d443e2b44b8441733bd450d29b8403a3843d4a77b6c70539d8965e57af369d6f32feab13450f3fa985aed18142569f4ef08c2a1947dcb6e99b5ac52cdd5876c50f02bd6afd62fc810a755110f47bd52a43c690f658374e9f7c2bc4285c641c7116a4ccd2c94f684cbeb7f2a17a29f16b646ebe94c4b2e2c4bc375cd7b002111dd55c4d212e9360cec88c18810416d05ee2eed34165a50f6648eb3e10f77247f711398a14fc77bd5711fc0fa046641ee77bf1c3c58b848252da5a88038a20ab22b0723c37de4753f40a110b404c68b3d094b4cc491c55531f7ba1bbae0b554816f0c8bc3099061c83099f6fe0e3661a824f5e440eaf439395c1047754ec3e22f44a0f81d73a4dae283cbdf1a0f7226bcc9aed34857296ce6dd82b82f1d086ac24d3b9e51ec3c767a89e0e0d10fdee6a4513d6ec8f9e2d416c8b87b0c1deaf66702ef14b11f42f9754ae688c220151e7e27c0331111bf9346db0f4a36d000ac49d03c561a45e23383a0b61d2717cf331edb43a227be4cc3ae2dd0999e07593a95e62cb170d4e11787ca9032a411b76e488a5eb5703a63e3c43341cd111141c3353d6c634422e63a8ee3a948e62aaa17be5319a2c4b81597c87a78dd744742127d8f4c942e30a6884a7c40c05a1ceb38f341d5107f31308f3985d72707ee4cc450aeb79b3122d18ab3a811ca3226dbf8986be11183f7bd4bcfc17db4b68fe9a92cc4921fe17aa0352f5778718601a871c9a11ac0eac37adf26c0e380d9e4d4d4c1441bcd52438332f3ec1bce2c1dbda7ce884258ecbf26f6e40029d770ebbe895ac8ce51007d38939c48cf3ed307109ce5258042b89a7e1969e498b5039080ea3912e326b5ed2cb2c484f1c8732aad746945530cbb6595e6f4038d89e1e0c0f978532ec02e5e12bc9115174a6901576cfa7df9b87f6b6685eaebb7ab84d90e036f352b9a3f32edc2d8fad897f60a7ed0f5907aa3135577a8bd38c02250ce339b3e500000a8c0bc4dbcb58fae3e14b8a5528c397ee0565c1d305c4679583c7a2273a4263fd7c0e4c0c3cd1593d70f1645829fddd22d3b28fe608eba622b2dd67dc8282192da3762413ba678ab7f0908dffa0610ac0133c5f7bdfe3469934c78bcb4177d2c1fc618bbac6c2ede6a05c83ee4f9ca0f735c449b31ebaf60e184880a7ce6053dbe5c6abf673b02bc2213ecf7b788d4fab17371a424493bb49447855cfb413af131de52bd75a50b706d0602afc4587fbcbe9da6daf807c3efc632bb8fbc8a3ccadaf73b827542745fa828bd99e6ae097936294db584bb7eefa8dd7b63144064f7114041a88e69d6e9c6053751ef135a8f6549527e22bfc0580a02a7dd72e9eb6b6a6e73b3f6ec2690251c32a5e4b55b022f9cc73fd585424afedcd1ffbf7e46d2a8e3a86b52a937a6291abff8ffde1de3add8b76c0a6f372e2b921d601c5f3128e5851706eb60ae7b28152769798bc48f6622fdc54ec7efbe576bc6b263ade79359db0db98ee57d465d202fc4613d2f1988d409fce47fb6bf1adba6a9e18b97aae41f82dad5632fdb9f1c9d65765d702a6d24efe251836e629ffc2881d0c218e89cc6467cacec7b1cf70b0cb3219a1c4f34ef384b4b972c7b045c4b931fd84b41ad619836b6d30b00cd2d79b8879e27e7000430adcd96d6f7c67fcf386a473752668e64c09b2f8010a30475cfbf8a76a0346f7df43a3eba83f47f139060103130b1a484e7814623d85413be6b6d4ca7746460f0466a5068d54dc9378ec2e46cda7d08deb8a254260e2701edcd7cedeaae1c11de85b2fd1e5dab42fa36e547682937ff684364921b513f1f570a240fd09cbc6fdd1ffb9183668427b376483f723438dee5cc5a6eb961a12eadf23a07b9fefd2e17ee0d74db1ef80caa7745b9c9f7685fec9b02e5ebb13b2f668953cf91fefe0b441ff07a2f2938f468bc7efd380bef43a030e5fdc41a71118eac608ef4b794efe03a23dd034f13156c02f2762e6e8772b11c7dcf8ddff32b942a6404366c746c10e3065f1f7932e240446c85c3f8ee5aab85b7727506fb03f113eb05dac7306c758fb6565545232934cfe1a99a5fc63945a4b6d1a652d02a6d353d3bafac324754fe1a00d57e7f020dbea17231f87d83307bf940e6d6761e7913c116465bfcf367aa331571c24cced6a4992e39ea9c482fc5638362597119111380fafd9f08783dd2497d64685aabb25f5acb60204fd378e0fb0e6da0da22b45e152cd7c40740eefe2d3fec07ea31872401ecbdb762cace9e92e7cbe34e1192d39b9a603bba160da80fda0469b41c2255ac4d0a46402a2844225ffd25392f46658280ce7b17e40eefb529673a2b3d8f6e25757e9a445e44c7a7149bece401de74823933559559239322e9363220d322cea2ddba2f6d5610fe883885986d15c53cfddb0f8bccedaee3a4492f2ac1be55d6f0b2f1e7af5f4caff10177904f2ba1a14949b45d15d45e07b4b3c206ed751f86b5f37d70a24a4d8a7dc389aaf71839769f1f11e18063e3bc10c490bc546d8b35242a93ec4d6b61cacee4f1d4b01800f7c3137ebc9ac731f7b4d6375c01a874f29000c1b3f4727b65c77a2d51051bfcdece5c62826292caa2da6ec16b9974d2eb7fd3c2c20d1863db12ef1440be09c696e6067fa41ad890ee8388c0290186e494cbc202e7667d19b56353cece99092b1d93eed7d26456f285906aa196059ebbbc157fbde72b8acab6be8efce28d2fafe0589f5c826f419b1ec3ac176a42c52360e7b3edf90cd4c77c915e47ef06282d48bd742d9e20a5b8dc88aba0744a9124930cc1cc7d692decc7f0ee8a86d506f42f74816d65e974086055ade94ff76a6fe5d14bd64a069b89b867989d12c815b575413874cb060adc4fbde9da6215b08bd3c72b9f817bd4e227b818f70235225265caca14dccb262c43230defa44d79efbf96195b8852817b9c2a1a0cee7b065a720651f4d30a03b23445d588a657ec81881b38a6ca7c96ae7d30a228eda72f8f278929640191de8b4c95a163f7b35d9fc5f38dd11499e2f3f0484fee4d4e2e67e80ed738c79c531bb034d0e3f7703ae1cd93d0334f8cce0e6fd7bbeeb9cd1a4ba16824f4df329914baf49fe4ae2e518d85cd88bc2a4d7511486305611aa901d1333f199a38fc9c772c5b6dde72d9d9ef90dbe2a7ff20cb9685c2b30ef80c066995da220811544bd79b867d6a45c5f9d5f81246ee7bd867bae77ce1f1a5fd1347a12ac6258ea35211b6ba1a86831915843d88896e58f458f0d5765917c35e035fed90d06219d345c5ec7d3a0ae95883cede928acb380f8ef8b4b6859ef9652abcbb767e6e79b2dd22e5978eed3edd65fc15f583b875d14e2dc2f2a0d8543c2991e9e9d1214bf2bc8020c1c18d861b8fb8829af660a7dfd350321256775ca613561a0b30e623640fa05d8a5f9540530ec9270d46c5f6607690c93e6e82655d295a4d3659bd1a055dd3f4bb626752a2d06759cdbbcd1bc79b83086649d106e50ff647b8fb279b8ec301487a755b63b15410d9583977381e2060e794dde87459217e540739dd851a21e60d671a6dba94845f42487c32ec098a9c4c0c198198431b389bd1a4d6c9f88d6fbb6beb8c25a7f86151da3048fb29ce506076f3b7339701f60ddbcde529f2adcdebd2bf02940c1a9a378e0488c29a0ac38a17a9118bc5165cea4c3361c2b7edc485fb90f788d1b4ecf249b38701ce1ef0472003d9dba70bcbbc1e5599b61380fae8aa7c48f7dc2c543713ffc9a72a801e1a77f9f37c810cf8a31e0bb5eb4cdb46f2fc5fca97133ad03ab9cf53883b270a01260c7c534a0e20cd40e05e747fb3bdc07b3cfc50b3ceac18f059ef4f65565f447208335fb828df7cb07583a984136302cd3baf3b3d9f9177ef97f584b0daab7f0493d2577326d35e5c2e4f1092a1339918cbdbfcb5b1dda82c318103401d4a9e8fc321815909daf60bcb32e37020e105d8b9bc3aa31900cd3459046ab97eb228675846b691268db848b42be0e8d96f73d79c16df5175b29d4c3e0351a24ee103d2cfe7c2831e4edc4d7bb561c29aafc6662191bcae8aebd4d5113e331b9b537f4fa85989052d3c39a939554f2b9e6230e96a78c24be4d942154f765e6d4af53a8c4db9407a188b721b564daf9ebf33a146bccea52cbbcdcbfb50740e921f91f7e5672e5e7c2e59d3453f983dff90e45f917cd74501a646319fd22c952f3152b077d56558401f0bf595db464070ab32553b095f4421524c20568df7ac803a3d299b3dab568d0b68d795eb7b68b11c333b381a2838bd9398fe371f08d48f2ded24e60e02654f18b33a4cd6eeb86b9fafe856f33753ca1cc6756dc4f843e03039dfde879a76b715e0ee169afa10d37a8062aece61391764ffc6d4dc6ddcb56f35880bb13c705625c616a97b05678348ce1d52718bb1d8521cff5a3d2ce5b37f7c190dc478622826a0882f49d8c0fd3be124ef75a7a107778ff66b5be2b66c0b64c2084809ede3070dbc7e5de51ff90466ae52b47a293b4cff6f0cb064b6dde4e00650a68b154129426faa9a237e4bf88eb59b094786cf49a96fdc54cf6c819e1b67e2b0d687070f1bd148d0b2faf46659e6db194bfdd5d037aea060737952bc30026f8547737d1d861f4c7a0c0e5c99cd91e2869215dbde6c4fffe1ad1d8744f257aba5b503cb004ace6be69932572926930019040107ca38207eca80735d5de083cd596395ee154d83576e1821b8ecb4f1931ad7721cce29bc17fc237974322e248ada7c23f92fe852eba0f03f71cdfc34e6193561d3423087aaac643a9edfe25fa2d7f3263c0ada5d6553e357275b59357fc2213e1faf714a22eee3d5d3d502838fcde32e542e73f204baf6916a3af968db423019f558a87c104c514bd8f164d03d3deba7e81d29d896aae409cad919a995cc8717b7a078c623bd3af80c056dc1716d04353903644e9c312415bd756683697eb1ba4fea32c710d0f0129ae756984b52611993255a0912167ac123d1a2c9b10380a309d7f3b067b628e9da5085d98b90b0cd852d54cf1e2971b4c37d511fbd55ca08e2b56ee7fb91386192555f1757dde458601ce287c5e5b611ff5fb58751b3eb8335a8b5cde2fd2873522cea0e9bf6f5c5560ca0091a58ee20042ac02237bf01843886e4439d859a785362913c0cead1e4691f47e5ac7ec132d0c7136a9487fb0c6cf292b07e5515eb2ae942d4aaef2dfc7f29b08f57557514cdeac066d9eea594a5c5388e8f1064dcf19fe4be16d57b0d410f27f0132545e917cc90595e93c252a720b8d24b70bcfa0de03a6d3f5d50ef840404810250839299f6b794c6e9f00432b60d7ca2dc6d754029cfac5b964f09aa0aca49db30da75f002bfb2ee498ac70a5b0f98245a1c2ee6da8c0dd3c59c020730231cd053a7783a3ab43400f056f622b99507f09e1e16377e2d02c0c39faae9164f1b6eb4908f591b45bc4d4385a161cf46bc1b287369a5eecdfcfd140b62e0188576c886eecbe7191a7406798f0fb4bfa0c7182c135ef595ef570294f7aec71396e7b28ab67accf1c37de37ebc942bed502f53651a61fc62a1dcfc29d1ce5e11aa2dd7e1659029917e203cc816abc533dca943664bfe41e3d298abf64dc30d0bd1ec3ca032b7d27b8bf71a2e76ccd0c4a313642b6aad073167b8b133ce76790a7414fcd29c4f31df7e37573a174b7c889dd737f94b684a8b25d8972355897802e3d9093c471054ebfe17ab81c9b7c3ba9691693fe99c34802330498b1ed8fd2602a9d7085929301c5121009e4b9187a06c767ef9aceab2202d20926e03c1ef01e3862f91f2e868c1e148e0f7dc7297989c352cd6e56879888e7e21c0948f5229075542292ff5d8f4d6bf02b27e289f82bc3934ec7bcf5d4ce5d7aa9dbf2f5f11ea16238aa5d188eba8553b6ea4af29ca37201f1b9c9bf7ba44f78264aadabd0504068c9c7063a776872824e1ab4b34178621279772ca089c5ba6d7d4c0d4f5097cd8eccb72c01dc41c17197a0f4216ca4a0d3a476df762e4b3d4f87c8ff9262ce6d1e2f8c9185bd860b2b021b44db3713b420599d990195f8fe82dfaca2fc9305bc541a04645fb6f733b27d7950a233599ced31ad97e8d3297094dba4abd6f295be8a9589ac33d6f04a426390f6e6cd70aec289a6d1ef3264c887280ad42a8103c52bb2708e2a6917efb3fd9145bd1729c2c9fa67f01aba05ab47c56441cdf0816a0b76cabc81cc9f6bae4de63668f12ae669284b5aeca54be6780354b726e0a7bff238cb5cb4c216fcf0f507f40d3679c0acbaef83dd4b5b0db2a9e52c3a6048f17c79c4a7abafdff1d3f955b5da5e0816d44f817b705f484c771f1bac29428973b30874c1236177adc709f0a6b2d32745835162f5ed9ce69f36f156031e40b2e26c32addc2ceb297648d3fc271a548b9bf788bff4b2023cab820c4a4ee8f201bbb92dcd070b78863668016c24160c2c053dadb24001af4042a1e5124603307507505dd11a39d879137103f9972ad0f6d79ea24cc16610e1c9dd1984cda871f891703a5676db0633371eca0abacf30d3f4313fc807fbd98d613bef1b3854b16cbd386e41f6c4a173a1312f68148cbb308289a209c213fa51dbc31874fe1ee1e5c8047a5c0c014f7000ea5d3ca333306adef5755efff735059bc055bed75d71fbb39800b056717d62e76315c4d3e05185e7ee2ece00adefba77bd5b1f4d7bb23fde2d94ad2036e9a94304bc121f6c1845a1327d89a6f55bb9ca81eb91e07cd0f43871c3ac1f1e37bd2755613ed7b3a3ec11a3eb8fff749ab22f92446f62f85152339e3e373c4e4ad9b657f5e665676790ca0bf8e005767aedd4269d107d4f11e6b4bc7a2e4217c1c3cc2e298e450d010fd622c47e2cd7880e64b2e6b2e6fdf28958ca1ae65967871544bd1afd71c06b4b39318d5a076091a1266627ad1b40f0ceb66234377758d63f8c56e66c0af644ead06b4e987bde957467e75938f14040e31fe264d2cc1f55a3fce3ce86a68196d2a06336102c14d0cc892fc871d6f4219b29228092e58a02047d8debf48ba1442ea38aceb82605e8bfa7460c49af4960e0528ae6d904bb6c6379fef10cb1d1bc6e867054acf978041ce99becefb219322efa15c26a14170452119318cb1073b15b978fd05c40a5001560edf21df4aac2aeea52c33986c164976c52dfb73b8524b9e12650cc2e6614eb1efd1d3134f5825ca08820ba2a38dcd2561640ae9935ef47b5da8a801641a7066f7dbc52ff3651d8489971cf0f77a525cae847acd5056502177b00ca5b72b3f0fb32e0bb85bb816d389fa12477aa6c862499500c516228cd9ae7c652c3f61f641b6590b80067116569eaf77c8ec57e85b52ee30cd6212133a17ca3a4e87bcfd7507598616214d0e2b188f173ee86cce1a411c0d2ff80e1ead326474358dbf412f8e540c01aa91173f752e069ecc268a7427e0935db3acd27fb7bc097e2b2c58d5a6acdd1fb4c10ef703b9687c4c6f9deddc9c9d3ef5ba1d9a87529d0a7387bc569c6c642913c425fa7538cb83e2a689d5caeac55b325d3597547ef6c8dc122a2a6d000c344eec023e56786b482a73477d0fd36701f0eddd08298e43913144c3f7b879d09887612efec260abd0d45688e61558f0288cbddd8b5774e48466f164d5e522b544131414d6f2fe1a75dc3f898674bca43b786b3eebb0e2ac53ea6336d2d0496f23399c133eef87007a5128b3f86d3ff94bdd1a0143b28d4b72e7b02b2022147764b03a20a11d5fb29aa2ab37f2917d0b42ef10170b5f8614bc6e4decda4186dfafba37' as const

/** Creation code of LiquidVotesToken. */
export const liquidVotesTokenBytecode =
  '0x610180604052348015610010575f5ffd5b50604051613be8380380613be883398101604081905261002f91610439565b81818580604051806040016040528060018152602001603160f81b8152508888816003908161005e9190610548565b50600461006b8282610548565b50505061007d826101c560201b60201c565b6101205261008a816101c5565b61014052815160208084019190912060e052815190820120610100524660a05261011660e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525080158061012d5750600881115b1561015a5760405163012b9aa160e21b815260048101829052600860248201526044015b60405180910390fd5b61016081905260408051808201909152600781526619d95b995c985b60ca1b602082015261018790610202565b50506001600160a01b0381166101b257604051631e4fbdf760e01b81525f6004820152602401610151565b6101bb81610320565b505050505061074b565b5f5f829050601f815111156101ef578260405163305a27a960e01b81526004016101519190610630565b80516101fa82610649565b179392505050565b60085460ff16610210610371565b8160ff161061023d57610221610371565b6040516302754dcd60e31b815260040161015191815260200190565b815160208301205f5b8260ff168160ff1610156102a65760ff81165f9081526009602052604090819020905183916102749161066c565b60405180910390200361029e5783816040516386d8390f60e01b81526004016101519291906106dd565b600101610246565b5060ff82165f9081526009602052604090206102c28482610548565b506102ce826001610701565b6008805460ff191660ff928316179055604051908316907ff229b6766facce3785f74e6aba8e56bd4ff723b15b8fde15012bb698b451e8b290610312908690610630565b60405180910390a250919050565b600d80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f5f610160516018610383919061072c565b9050600a811061039457600a610396565b805b91505090565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126103bf575f5ffd5b81516001600160401b038111156103d8576103d861039c565b604051601f8201601f19908116603f011681016001600160401b03811182821017156104065761040661039c565b60405281815283820160200185101561041d575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f6080858703121561044c575f5ffd5b84516001600160401b03811115610461575f5ffd5b61046d878288016103b0565b602087015190955090506001600160401b0381111561048a575f5ffd5b610496878288016103b0565b604087015190945090506001600160a01b03811681146104b4575f5ffd5b6060959095015193969295505050565b600181811c908216806104d857607f821691505b6020821081036104f657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561054357805f5260205f20601f840160051c810160208510156105215750805b601f840160051c820191505b81811015610540575f815560010161052d565b50505b505050565b81516001600160401b038111156105615761056161039c565b6105758161056f84546104c4565b846104fc565b6020601f8211600181146105a7575f83156105905750848201515b5f19600385901b1c1916600184901b178455610540565b5f84815260208120601f198516915b828110156105d657878501518255602094850194600190920191016105b6565b50848210156105f357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6106426020830184610602565b9392505050565b805160208083015191908110156104f6575f1960209190910360031b1b16919050565b5f5f8354610679816104c4565b60018216801561069057600181146106a5576106d2565b60ff19831686528115158202860193506106d2565b865f5260205f205f5b838110156106ca578154888201526001909101906020016106ae565b505081860193505b509195945050505050565b604081525f6106ef6040830185610602565b905060ff831660208301529392505050565b60ff818116838216019081111561072657634e487b7160e01b5f52601160045260245ffd5b92915050565b5f8261074657634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e051610100516101205161014051610160516133f56107f35f395f8181610309015281816106ba015281816107e40152818161090e01528181610a4601528181610c9101528181610d5601528181611106015281816117e301528181611edf0152818161293f0152612b8401525f611af101525f611ac601525f61135701525f61132f01525f61128a01525f6112b401525f6112de01526133f55ff3fe608060405234801561000f575f5ffd5b5060043610610297575f3560e01c806378c6954211610161578063a9059cbb116100ca578063dd62ed3e11610084578063dd62ed3e1461063b578063de80691b14610673578063df18874d14610686578063e1a72b741461068e578063f2fde38b14610696578063f315f553146106a9575f5ffd5b8063a9059cbb146105c9578063bddf415d146105dc578063c3cda520146105ef578063c727796d14610602578063d505accf14610615578063d7b7d40514610628575f5ffd5b806391ddadf41161011b57806391ddadf41461053657806395d89b41146105555780639ab24eb01461055d5780639c725bb314610570578063a119f74714610578578063a371cb79146105b6575f5ffd5b806378c69542146104c95780637a0c7af7146104dc5780637ecebe00146104e457806384b0196e146104f75780638da5cb5b146105125780638e539e8c14610523575f5ffd5b806340c10f19116102035780635c19a95c116101bd5780635c19a95c1461044d578063632d6d761461046057806365068d83146104735780636926b3e71461048657806370a0823114610499578063715018a6146104c1575f5ffd5b806340c10f19146103aa57806340e56ed6146103bf5780634ba952ad146103d25780634bf5d7e9146103e55780635508356a1461040f578063587cde1e14610422575f5ffd5b806323b872dd1161025457806323b872dd14610335578063313ce567146103485780633644e5151461034f5780633a46b1a8146103575780633b35917b1461036a5780633d0f4c281461038a575f5ffd5b806306517a291461029b57806306fdde03146102b657806308c6960b146102cb578063095ea7b3146102e4578063143117e11461030757806318160ddd1461032d575b5f5ffd5b6102a36106b4565b6040519081526020015b60405180910390f35b6102be6106e3565b6040516102ad9190612d5b565b6102d25f81565b60405160ff90911681526020016102ad565b6102f76102f2366004612d88565b610773565b60405190151581526020016102ad565b7f00000000000000000000000000000000000000000000000000000000000000006102a3565b6002546102a3565b6102f7610343366004612db0565b61078c565b60126102d2565b6102a36107af565b6102a3610365366004612d88565b6107b8565b61037d610378366004612dfa565b6107cb565b6040516102ad9190612e23565b61039d610398366004612e6e565b6108cf565b6040516102ad9190612ed9565b6103bd6103b8366004612d88565b610932565b005b6102be6103cd366004612eeb565b610948565b6102a36103e0366004612dfa565b6109f2565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b60208201526102be565b6102a361041d366004612e6e565b610a87565b610435610430366004612f04565b610ad6565b6040516001600160a01b0390911681526020016102ad565b6103bd61045b366004612f04565b610ae1565b61043561046e366004612e6e565b610aef565b6103bd610481366004612f04565b610b03565b6102d2610494366004612f1d565b610b34565b6102a36104a7366004612f04565b6001600160a01b03165f9081526020819052604090205490565b6103bd610b7b565b6102a36104d7366004612d88565b610b8e565b6102a3600881565b6102a36104f2366004612f04565b610ba1565b6104ff610bab565b6040516102ad9796959493929190612f8b565b600d546001600160a01b0316610435565b6102a3610531366004612ffa565b610bed565b61053e610c11565b60405165ffffffffffff90911681526020016102ad565b6102be610c1a565b6102a361056b366004612f04565b610c29565b6102a3601881565b61058b610586366004612dfa565b610c6b565b6040805194151585526020850193909352918301526001600160a01b031660608201526080016102ad565b61037d6105c4366004612e6e565b610d49565b6102f76105d7366004612d88565b610e3d565b6104356105ea366004612dfa565b610e4a565b6103bd6105fd366004613011565b610e66565b61039d610610366004612dfa565b610f28565b6103bd610623366004613065565b610f7b565b6102a3610636366004612d88565b6110b1565b6102a36106493660046130cb565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103bd6106813660046130f3565b6110eb565b6102a36110ff565b6102d2600a81565b6103bd6106a4366004612f04565b611145565b60085460ff166102d2565b5f6106de7f000000000000000000000000000000000000000000000000000000000000000061117f565b905090565b6060600380546106f29061310d565b80601f016020809104026020016040519081016040528092919081815260200182805461071e9061310d565b80156107695780601f1061074057610100808354040283529160200191610769565b820191905f5260205f20905b81548152906001019060200180831161074c57829003601f168201915b5050505050905090565b5f33610780818585611199565b60019150505b92915050565b5f336107998582856111ab565b6107a4858585611221565b506001949350505050565b5f6106de61127e565b5f6107c4835f846109f2565b9392505050565b60606107d6836113a7565b5f6107e0836113d5565b90507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff81111561081b5761081b613145565b604051908082528060200260200182016040528015610844578160200160208202803683370190505b5091505f5f610854878785611421565b90505b6001600160a01b0381161580159061086f5750835182105b156108c4578084836108808161316d565b94508151811061089257610892613185565b60200260200101906001600160a01b031690816001600160a01b0316815250506108bd818785611421565b9050610857565b508252509392505050565b60606108da826113a7565b6001600160a01b0383165f908152600b6020908152604080832060ff8616845290915290206107c49061090c90611458565b7f0000000000000000000000000000000000000000000000000000000000000000611472565b61093a61151c565b6109448282611549565b5050565b6060610953826113a7565b60ff82165f908152600960205260409020805461096f9061310d565b80601f016020809104026020016040519081016040528092919081815260200182805461099b9061310d565b80156109e65780601f106109bd576101008083540402835291602001916109e6565b820191905f5260205f20905b8154815290600101906020018083116109c957829003601f168201915b50505050509050919050565b5f6109fc836113a7565b5f610a06836113d5565b6001600160a01b0386165f908152600b6020908152604080832060ff891684529091529020909150610a6a90610a449065ffffffffffff841661157d565b7f0000000000000000000000000000000000000000000000000000000000000000611647565b610a748683611699565b610a7e9190613199565b95945050505050565b5f610a91826113a7565b6001600160a01b0383165f908152600b6020908152604080832060ff861684529091529020610ac390610a4490611458565b610acc846116ba565b6107c49190613199565b5f610786825f6116d7565b610aec335f83611705565b50565b5f610af9826113a7565b6107c483836116d7565b600854339060ff165f5b8160ff168160ff161015610b2e57610b26838286611705565b600101610b0d565b50505050565b5f610b3d61151c565b6107c483838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061193392505050565b610b8361151c565b610b8c5f611a51565b565b5f6107c483610b9c846113d5565b611699565b5f61078682611aa2565b5f6060805f5f5f6060610bbc611abf565b610bc4611aea565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610c02610bfa836113d5565b600c90611b15565b6001600160d01b031692915050565b5f6106de611bc5565b6060600480546106f29061310d565b6001600160a01b0381165f908152600b602090815260408083208380529091528120610c5890610a4490611458565b610c61836116ba565b6107869190613199565b5f5f5f5f5f610c79866113d5565b90505f5f5f610c888b85611bcf565b919450925090507f0000000000000000000000000000000000000000000000000000000000000000610cbc8260208d611c26565b15610d11576001600160a01b038c165f908152600b6020908152604080832060ff8f1684529091529020610cf89065ffffffffffff871661157d565b9650610d048782611647565b610d0e9084613199565b92505b610d1d8260108d611c26565b15610d3057610d2d8c8c87611421565b95505b9297509095505060f81b92909217915093509350935093565b6060610d54826113a7565b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff811115610d8d57610d8d613145565b604051908082528060200260200182016040528015610db6578160200160208202803683370190505b5090505f5f610dc585856116d7565b90505b6001600160a01b03811615801590610de05750825182105b15610e3457808383610df18161316d565b945081518110610e0357610e03613185565b60200260200101906001600160a01b031690816001600160a01b031681525050610e2d81856116d7565b9050610dc8565b50815292915050565b5f33610780818585611221565b5f610e5e8484610e59856113d5565b611421565b949350505050565b83421115610e8f57604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610f0890610f009060a00160405160208183030381529060405280519060200120611c46565b858585611c72565b9050610f148187611c9e565b610f1f815f89611705565b50505050505050565b6060610f33836113a7565b5f610f3d836113d5565b6001600160a01b0386165f908152600b6020908152604080832060ff891684529091529020909150610a7e9061090c9065ffffffffffff841661157d565b83421115610f9f5760405163313c898160e11b815260048101859052602401610e86565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610fea8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61104482611c46565b90505f61105382878787611c72565b9050896001600160a01b0316816001600160a01b03161461109a576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610e86565b6110a58a8a8a611199565b50505050505050505050565b5f6110db6110be836113d5565b6001600160a01b0385165f908152600e6020526040902090611b15565b6001600160d01b03169392505050565b6110f4826113a7565b610944338383611705565b5f8061112c7f000000000000000000000000000000000000000000000000000000000000000060186131c0565b9050600a811061113d57600a61113f565b805b91505090565b61114d61151c565b6001600160a01b03811661117657604051631e4fbdf760e01b81525f6004820152602401610e86565b610aec81611a51565b5f600161118b83611cf0565b6001901b61078691906131df565b6111a68383836001611d08565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610b2e578181101561121357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610e86565b610b2e84848484035f611d08565b6001600160a01b03831661124a57604051634b637e8f60e11b81525f6004820152602401610e86565b6001600160a01b0382166112735760405163ec442f0560e01b81525f6004820152602401610e86565b6111a6838383611dda565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156112d657507f000000000000000000000000000000000000000000000000000000000000000046145b1561130057507f000000000000000000000000000000000000000000000000000000000000000090565b6106de604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60085460ff90811690821610610aec57604051636eb4d22160e01b815260ff82166004820152602401610e86565b5f5f6113df610c11565b90508065ffffffffffff16831061141a57604051637669fc0f60e11b81526004810184905265ffffffffffff82166024820152604401610e86565b5090919050565b6001600160a01b0383165f908152600a6020908152604080832060ff861684529091528120610e5e9065ffffffffffff841661157d565b5f6114686001600160c01b6131df565b9154909116919050565b60605f61147e83611cf0565b90505f61148e600180841b6131df565b90508367ffffffffffffffff8111156114a9576114a9613145565b6040519080825280602002602001820160405280156114d2578160200160208202803683370190505b5092505f5b8481101561151357816114ea84836131f2565b87901c1684828151811061150057611500613185565b60209081029190910101526001016114d7565b50505092915050565b600d546001600160a01b03163314610b8c5760405163118cdaa760e01b8152336004820152602401610e86565b6001600160a01b0382166115725760405163ec442f0560e01b81525f6004820152602401610e86565b6109445f8383611dda565b81545f9060e081901c83106115a35761159b6001600160c01b6131df565b169050610786565b5f60c082901c63ffffffff165b80821015611600575f60016115c58385613199565b901c5f81815260018901602052604090205490915060c01c8610156115ec578091506115fa565b6115f7816001613199565b92505b506115b0565b811561163b576116156001600160c01b6131df565b866001015f60018561162791906131df565b81526020019081526020015f20541661163d565b5f5b9695505050505050565b5f5f8260c081611659576116596131ac565b0490505f6001826001901b0390505f8160018685026001901b0381611680576116806131ac565b0486025f198601939093029290921c1691505092915050565b6001600160a01b0382165f908152600e602052604081206110db9083611b15565b6001600160a01b0381165f90815260208190526040812054610786565b6001600160a01b0382165f908152600a6020908152604080832060ff8516845290915281206107c490611458565b826001600160a01b0316816001600160a01b03160361172157505f5b6001600160a01b0383165f908152600a6020908152604080832060ff8616845290915281209061175082611458565b9050826001600160a01b0316816001600160a01b031603611772575050505050565b6001600160a01b0385165f908152600f602052604081205490505f61179982602088611c26565b6117a3575f6117d1565b6001600160a01b0387165f908152600b6020908152604080832060ff8a16845290915290206117d190611458565b90505f6118076117e0896116ba565b837f0000000000000000000000000000000000000000000000000000000000000000611ead565b90506118168888868985611edd565b61183a611821610c11565b869065ffffffffffff166001600160a01b03891661211e565b600160ff88161b5f6001600160a01b0388161561185f57848217601083901b17611864565b811985165b9050848114611888576001600160a01b038a165f908152600f602052604090208190555b604080516001600160a01b0388811682528a8116602083015260ff8c1692908d16917f91b3f19022a9c4f07466b591f879b6a1e6061a37423a99fbe8ca1ff8b5c2c5dd910160405180910390a360ff89166110a557876001600160a01b0316866001600160a01b03168b6001600160a01b03167f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f60405160405180910390a450505050505050505050565b60085460ff166119416110ff565b8160ff161061196e576119526110ff565b6040516302754dcd60e31b8152600401610e8691815260200190565b815160208301205f5b8260ff168160ff1610156119d75760ff81165f9081526009602052604090819020905183916119a591613209565b6040518091039020036119cf5783816040516386d8390f60e01b8152600401610e8692919061327a565b600101611977565b5060ff82165f9081526009602052604090206119f384826132e2565b506119ff82600161339d565b6008805460ff191660ff928316179055604051908316907ff229b6766facce3785f74e6aba8e56bd4ff723b15b8fde15012bb698b451e8b290611a43908690612d5b565b60405180910390a250919050565b600d80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381165f90815260076020526040812054610786565b60606106de7f00000000000000000000000000000000000000000000000000000000000000006121fb565b60606106de7f00000000000000000000000000000000000000000000000000000000000000006121fb565b81545f9081816005811115611b71575f611b2e84612238565b611b3890856131df565b5f8881526020902090915081015465ffffffffffff9081169087161015611b6157809150611b6f565b611b6c816001613199565b92505b505b5f611b7e87878585612390565b90508015611bb857611ba287611b956001846131df565b5f91825260209091200190565b54600160301b90046001600160d01b0316611bba565b5f5b979650505050505050565b5f6106de426123e6565b6001600160a01b0382165f908152600e6020526040812081908190600190611bf79086611b15565b6001600160a01b0387165f908152600f60205260409020549194506001600160d01b0316925090509250925092565b5f611c3460ff831684613199565b84901c60011660011490509392505050565b5f610786611c5261127e565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f611c828888888861241c565b925092509250611c9282826124e4565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146111a6576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610e86565b5f8160c081611d0157611d016131ac565b0492915050565b6001600160a01b038416611d315760405163e602df0560e01b81525f6004820152602401610e86565b6001600160a01b038316611d5a57604051634a1406b160e11b81525f6004820152602401610e86565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015610b2e57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051611dcc91815260200190565b60405180910390a350505050565b611de583838361259c565b6001600160a01b03831615611e4657611e43611dff610c11565b611e25611e20866001600160a01b03165f9081526020819052604090205490565b6126c2565b6001600160a01b0386165f908152600e6020526040902091906126f5565b50505b6001600160a01b03821615611ea257611e9f611e60610c11565b611e81611e20856001600160a01b03165f9081526020819052604090205490565b6001600160a01b0385165f908152600e6020526040902091906126f5565b50505b6111a683838361270f565b5f5f8260c081611ebf57611ebf6131ac565b04905060018382026001901b038185901b8617169150509392505050565b7f00000000000000000000000000000000000000000000000000000000000000005f8167ffffffffffffffff811115611f1857611f18613145565b604051908082528060200260200182016040528015611f41578160200160208202803683370190505b509050835f5b8381108015611f5e57506001600160a01b03821615155b15611ff757886001600160a01b0316826001600160a01b031603611fa85760405163152e757360e31b81526001600160a01b03808b16600483015287166024820152604401610e86565b81838281518110611fbb57611fbb613185565b60200260200101906001600160a01b031690816001600160a01b031681525050611fe582896116d7565b9150611ff08161316d565b9050611f47565b506120028588612817565b835f0361201157505050612117565b50845f5b838110801561204f575082818151811061203157612031613185565b60200260200101516001600160a01b0316826001600160a01b031614155b15612096576001600160a01b03821615612086576120798289612073888589612886565b5f6128b6565b61208382896116d7565b91505b61208f8161316d565b9050612015565b5f5b81811080156120d257505f6001600160a01b03168482815181106120be576120be613185565b60200260200101516001600160a01b031614155b156110a5576121078482815181106120ec576120ec613185565b60200260200101518a61210089858a612886565b60016128b6565b6121108161316d565b9050612098565b5050505050565b61212d6001600160c01b6131df565b81111561214f576040516225697d60e71b815260048101829052602401610e86565b825460e081901c60c082901c63ffffffff1684821480159061217057508215155b156121e35781851080612186575063ffffffff85115b156121ae5760405163939d0b5360e01b81526004810186905260248101839052604401610e86565b6121bd6001600160c01b6131df565b5f828152600188016020526040902090841660c084901b1790556121e08161316d565b90505b60c01b60e09490941b93909317919091179092555050565b60605f612207836129d4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60018211612245575090565b816001600160801b821061225e5760809190911c9060401b5b6801000000000000000082106122795760409190911c9060201b5b64010000000082106122905760209190911c9060101b5b6201000082106122a55760109190911c9060081b5b61010082106122b95760089190911c9060041b5b601082106122cc5760049190911c9060021b5b600482106122d85760011b5b600302600190811c908185816122f0576122f06131ac565b048201901c90506001818581612308576123086131ac565b048201901c90506001818581612320576123206131ac565b048201901c90506001818581612338576123386131ac565b048201901c90506001818581612350576123506131ac565b048201901c90506001818581612368576123686131ac565b048201901c9050612387818581612381576123816131ac565b04821190565b90039392505050565b5f5b818310156123de575f85815260209020838316600285851804019081015465ffffffffffff868116911611156123ca578092506123d8565b6123d5816001613199565b93505b50612392565b509392505050565b5f65ffffffffffff821115612418576040516306dfcc6560e41b81526030600482015260248101839052604401610e86565b5090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561245557505f915060039050826124da565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156124a6573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166124d157505f9250600191508290506124da565b92505f91508190505b9450945094915050565b5f8260038111156124f7576124f76133b6565b03612500575050565b6001826003811115612514576125146133b6565b036125325760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115612546576125466133b6565b036125675760405163fce698f760e01b815260048101829052602401610e86565b600382600381111561257b5761257b6133b6565b03610944576040516335e2f38360e21b815260048101829052602401610e86565b6001600160a01b0383166125c6578060025f8282546125bb9190613199565b909155506126369050565b6001600160a01b0383165f90815260208190526040902054818110156126185760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610e86565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661265257600280548290039055612670565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516126b591815260200190565b60405180910390a3505050565b5f6001600160d01b03821115612418576040516306dfcc6560e41b815260d0600482015260248101839052604401610e86565b5f806127028585856129fb565b915091505b935093915050565b805f0361271b57505050565b6001600160a01b03831661279c575f81612735600c612b4b565b6001600160d01b03166127489190613199565b90506127526106b4565b81111561278457806127626106b4565b604051632419767960e21b815260048101929092526024820152604401610e86565b61279861278f610c11565b600c90836126f5565b5050505b6001600160a01b0382166127e2576127df6127b5610c11565b6127d6836127c3600c612b4b565b6001600160d01b0316611e2091906131df565b600c91906126f5565b50505b6001600160a01b038316156127fc576127fc83825f612b82565b6001600160a01b038216156111a6576111a682826001612b82565b6001600160a01b038216612829575050565b6001600160a01b0382165f908152600f6020526040812054905061284f81602084611c26565b6111a6576111a68361286560ff85166020613199565b6001901b83176001600160a01b039091165f908152600f6020526040902055565b5f5f8260c081612898576128986131ac565b04905060018382026001901b0381850286901b169150509392505050565b8115610b2e576001600160a01b0384165f908152600b6020908152604080832060ff871684529091528120906128eb82611458565b90505f83612902576128fd85836131df565b61290c565b61290c8583613199565b9050612929612919610c11565b849065ffffffffffff168361211e565b60ff8616610f1f575f61293b886116ba565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0389167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7246129938684611647565b61299d9085613199565b6129a78685611647565b6129b19086613199565b6040805192835260208301919091520160405180910390a2505050505050505050565b5f60ff8216601f81111561078657604051632cd44ac360e21b815260040160405180910390fd5b82545f9081908015612af1575f612a1787611b956001856131df565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612a5a57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612a9357825465ffffffffffff16600160301b6001600160d01b03891602178355612ae3565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061270792505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612707565b80545f908015612b7a57612b6483611b956001846131df565b54600160301b90046001600160d01b03166107c4565b5f9392505050565b7f00000000000000000000000000000000000000000000000000000000000000005f612bc2856001600160a01b03165f908152600f602052604090205490565b90505f612bce866116ba565b90505f612bdd8360205f611c26565b612be7575f612c1c565b6001600160a01b0387165f908152600b602090815260408083208380529091529020612c1c90612c1690611458565b85611647565b9050866001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72486612c5d57612c588885613199565b612c67565b612c6788856131df565b612c719084613199565b612c7b8585613199565b6040805192835260208301919091520160405180910390a261ffff83165f5b8115612d225781600116600103612d0b575f612cb68a836116d7565b90505f5b8781108015612cd157506001600160a01b03821615155b15612d0857612cec8284612ce68d858d612886565b8c6128b6565b612cf682846116d7565b9150612d018161316d565b9050612cba565b50505b60019190911c90612d1b816133ca565b9050612c9a565b505050505050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6107c46020830184612d2d565b80356001600160a01b0381168114612d83575f5ffd5b919050565b5f5f60408385031215612d99575f5ffd5b612da283612d6d565b946020939093013593505050565b5f5f5f60608486031215612dc2575f5ffd5b612dcb84612d6d565b9250612dd960208501612d6d565b929592945050506040919091013590565b803560ff81168114612d83575f5ffd5b5f5f5f60608486031215612e0c575f5ffd5b612e1584612d6d565b9250612dd960208501612dea565b602080825282518282018190525f918401906040840190835b81811015612e635783516001600160a01b0316835260209384019390920191600101612e3c565b509095945050505050565b5f5f60408385031215612e7f575f5ffd5b612e8883612d6d565b9150612e9660208401612dea565b90509250929050565b5f8151808452602084019350602083015f5b82811015612ecf578151865260209586019590910190600101612eb1565b5093949350505050565b602081525f6107c46020830184612e9f565b5f60208284031215612efb575f5ffd5b6107c482612dea565b5f60208284031215612f14575f5ffd5b6107c482612d6d565b5f5f60208385031215612f2e575f5ffd5b823567ffffffffffffffff811115612f44575f5ffd5b8301601f81018513612f54575f5ffd5b803567ffffffffffffffff811115612f6a575f5ffd5b856020828401011115612f7b575f5ffd5b6020919091019590945092505050565b60ff60f81b8816815260e060208201525f612fa960e0830189612d2d565b8281036040840152612fbb8189612d2d565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050612fec8185612e9f565b9a9950505050505050505050565b5f6020828403121561300a575f5ffd5b5035919050565b5f5f5f5f5f5f60c08789031215613026575f5ffd5b61302f87612d6d565b9550602087013594506040870135935061304b60608801612dea565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a03121561307b575f5ffd5b61308488612d6d565b965061309260208901612d6d565b955060408801359450606088013593506130ae60808901612dea565b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156130dc575f5ffd5b6130e583612d6d565b9150612e9660208401612d6d565b5f5f60408385031215613104575f5ffd5b6130e583612dea565b600181811c9082168061312157607f821691505b60208210810361313f57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f6001820161317e5761317e613159565b5060010190565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561078657610786613159565b634e487b7160e01b5f52601260045260245ffd5b5f826131da57634e487b7160e01b5f52601260045260245ffd5b500490565b8181038181111561078657610786613159565b808202811582820484141761078657610786613159565b5f5f83546132168161310d565b60018216801561322d57600181146132425761326f565b60ff198316865281151582028601935061326f565b865f5260205f205f5b838110156132675781548882015260019091019060200161324b565b505081860193505b509195945050505050565b604081525f61328c6040830185612d2d565b905060ff831660208301529392505050565b601f8211156111a657805f5260205f20601f840160051c810160208510156132c35750805b601f840160051c820191505b81811015612117575f81556001016132cf565b815167ffffffffffffffff8111156132fc576132fc613145565b6133108161330a845461310d565b8461329e565b6020601f821160018114613342575f831561332b5750848201515b5f19600385901b1c1916600184901b178455612117565b5f84815260208120601f198516915b828110156133715787850151825560209485019460019092019101613351565b508482101561338e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60ff818116838216019081111561078657610786613159565b634e487b7160e01b5f52602160045260245ffd5b5f60ff821660ff81036133df576133df613159565b6001019291505056fea164736f6c634300081e000a' as const

/** Creation code of PolityAccountFactory. */
export const polityAccountFactoryBytecode =
  '0x60a0604052348015600e575f5ffd5b506040516019906042565b604051809103905ff0801580156031573d5f5f3e3d5ffd5b506001600160a01b0316608052604f565b612a1b8061058a83390190565b60805161051061007a5f395f818160770152818160e20152818161015e01526101e301526105105ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630b7eb161146100435780635c60da1b146100725780636764eefe14610099575b5f5ffd5b610056610051366004610436565b6100ac565b6040516001600160a01b03909116815260200160405180910390f35b6100567f000000000000000000000000000000000000000000000000000000000000000081565b6100566100a7366004610436565b6101dd565b5f5f84846040516020016100ca929190918252602082015260400190565b60408051601f1981840301815291905290505f6101087f0000000000000000000000000000000000000000000000000000000000000000838661023c565b90506001600160a01b0381163b156101235791506101d69050565b61012d8686610249565b610159576040516375986f6f60e01b815260048101879052602481018690526044015b60405180910390fd5b6101847f000000000000000000000000000000000000000000000000000000000000000083866102c2565b60408051888152602081018890529081018690529093506001600160a01b038416907fd5adaa798a2c85ea42fc95eec3e21f8ec41812e8eb63e85df859419bea22a8f59060600160405180910390a250505b9392505050565b5f6102347f0000000000000000000000000000000000000000000000000000000000000000858560405160200161021e929190918252602082015260400190565b60408051601f198184030181529190528461023c565b949350505050565b5f610234848484306102cf565b5f6ffffffffeffffffffffffffffffffffff60601b1980838409817f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8387857fffffffff00000001000000000000000000000000fffffffffffffffffffffffc878b8c0908090894821191909310169190921416919050565b5f6102348484845f6102f9565b5f5f6102db8686610312565b90506102ef84828051906020012085610371565b9695505050505050565b5f5f6103058686610312565b90506102ef8385836103a3565b6060615fd3825111156103385760405163250a241560e21b815260040160405180910390fd5b815161034590602d61045f565b83836040516020016103599392919061047e565b60405160208183030381529060405290505b92915050565b5f604051836040820152846020820152828152600b8101905060ff8153605590206001600160a01b0316949350505050565b5f834710156103ce5760405163cf47918160e01b815247600482015260248101859052604401610150565b81515f036103ef57604051631328927760e21b815260040160405180910390fd5b8282516020840186f590506001600160a01b0381166101d6573d5f036104285760405163b06ebf3d60e01b815260040160405180910390fd5b6101d66040513d5f823e3d81fd5b5f5f5f60608486031215610448575f5ffd5b505081359360208301359350604090920135919050565b8082018082111561036b57634e487b7160e01b5f52601160045260245ffd5b606160f81b815260f084901b6001600160f01b0319166001820152703d81600a3d39f3363d3d373d3d3d363d7360781b6003820152606083901b6bffffffffffffffffffffffff191660148201526e5af43d82803e903d91602b57fd5bf360881b602882015281515f908060208501603785015e5f920160370191825250939250505056fea164736f6c634300081e000a6101806040523061016052348015610015575f5ffd5b50604080518082018252600d81526c141bdb1a5d1e5058d8dbdd5b9d609a1b602080830191909152825180840190935260018352603160f81b908301527f7427f893bc2aed0b68f209ddc6e474eaae44611cc1a97a5fbd92de04b0a9a469917f5f5d787f9afe899c449c4fbe374ff82dd403dd9a454e3ba75538e448f789a37191906100a082610153565b610120526100ad81610153565b61014052815160208084019190912060e052815190820120610100524660a05261013960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261014c8282610199565b5050610294565b5f5f829050601f81511115610186578260405163305a27a960e01b815260040161017d9190610239565b60405180910390fd5b80516101918261026e565b179392505050565b6101a382826101d5565b6101ca576040516375986f6f60e01b8152600481018390526024810182905260440161017d565b600291909155600355565b5f600160601b63ffffffff60c01b031980838409817f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8387856003600160601b0363ffffffff60c01b0319878b8c0908090894821191909310169190921416919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561028e575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516101605161272c6102ef5f395f6102aa01525f61067301525f61064801525f610d0201525f610cda01525f610c3501525f610c5f01525f610c89015261272c5ff3fe608060405260043610610087575f3560e01c806384b0196e1161005757806384b0196e14610144578063b0d691fe1461016b578063d03c791414610199578063d087d288146101c8578063e9ae5c53146101dc575f5ffd5b80631626ba7e1461009257806319822f7c146100cf578063238ac933146100fc5780633e1b081214610125575f5ffd5b3661008e57005b5f5ffd5b34801561009d575f5ffd5b506100b16100ac366004612098565b6101f1565b6040516001600160e01b031990911681526020015b60405180910390f35b3480156100da575f5ffd5b506100ee6100e936600461210d565b610271565b6040519081526020016100c6565b348015610107575f5ffd5b5061011061029e565b604080519283526020830191909152016100c6565b348015610130575f5ffd5b506100ee61013f36600461215b565b6102fb565b34801561014f575f5ffd5b5061015861038e565b6040516100c697969594939291906121af565b348015610176575f5ffd5b50604051734337084d9e255ff0702461cf8895ce9e3b5ff10881526020016100c6565b3480156101a4575f5ffd5b506101b86101b3366004612245565b6103d0565b60405190151581526020016100c6565b3480156101d3575f5ffd5b506100ee610427565b6101ef6101ea366004612098565b610436565b005b5f6101fd84848461049d565b8061020e575061020e84848461052b565b61025e577f77397739773977397739773977397739773977397739773977397739773977398414801561023f575081155b610251576001600160e01b0319610267565b637739000160e01b610267565b630b135d3f60e11b5b90505b9392505050565b5f61027a610550565b5f610293858561028e61010083018361225c565b610593565b9050610267836105b2565b5f806001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630036102df576002546003545b915091509091565b6102e8306105d5565b8060200190518101906102d7919061229e565b5f734337084d9e255ff0702461cf8895ce9e3b5ff108604051631aab3f0d60e11b81523060048201526001600160c01b03841660248201526001600160a01b0391909116906335567e1a90604401602060405180830381865afa158015610364573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061038891906122c0565b92915050565b5f6060805f5f5f606061039f610641565b6103a761066c565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f5f5f5f6103dd85610697565b50919450925090506001600160f81b03198316600160f81b14801561040a57506001600160f81b03198216155b801561041e57506001600160e01b03198116155b95945050505050565b5f6104315f6102fb565b905090565b610442338484846106d5565b61046657604051637cf8632b60e01b81523360048201526024015b60405180910390fd5b61046f836103d0565b61048c57604051637f18127560e01b815260040160405180910390fd5b61049782825f61070d565b50505050565b5f365f5f5f365f6104ae898961083d565b955095509550955095509550365f365f6104c88686610936565b929650909450925090506104dc8888610aad565b8e1480156104e957508215155b8015610519575061051961051261050b868686868d610506610acc565b610b37565b8a90610aad565b8b8b610b86565b9e9d5050505050505050505050505050565b5f61026761054961053b86610bf6565b610543610c29565b90610aad565b8484610b86565b33734337084d9e255ff0702461cf8895ce9e3b5ff108811461059057604051637cf8632b60e01b81526001600160a01b038216600482015260240161045d565b50565b5f61059d84610549565b6105a857600161041e565b5f95945050505050565b8015610590576105d1338260405180602001604052805f815250610d52565b5050565b60605f6105ed602d6001600160a01b0385163b6122ff565b6001600160401b03811115610604576106046122d7565b6040519080825280601f01601f19166020018201604052801561062e576020820181803683370190505b5090508051602d60208301853c92915050565b60606104317f0000000000000000000000000000000000000000000000000000000000000000610d67565b60606104317f0000000000000000000000000000000000000000000000000000000000000000610d67565b5f5f5f5f6106a5855f610da4565b6106b0866001610da4565b6106bb876006610ddc565b6106c688600a610e14565b93509350935093509193509193565b5f6001600160a01b038516734337084d9e255ff0702461cf8895ce9e3b5ff108148061041e5750306001600160a01b0386161461041e565b6060365f61071b8686610e4f565b9092509050806001600160401b03811115610738576107386122d7565b60405190808252806020026020018201604052801561076b57816020015b60608152602001906001900390816107565790505b5092505f5b818110156108335761080e818685858581811061078f5761078f612312565b90506020028101906107a19190612326565b6107af906020810190612344565b8686868181106107c1576107c1612312565b90506020028101906107d39190612326565b602001358787878181106107e9576107e9612312565b90506020028101906107fb9190612326565b61080990604081019061225c565b610f14565b84828151811061082057610820612312565b6020908102919091010152600101610770565b5050509392505050565b365f8080838186604281101561086557505f955085945084935083925082915081905061092c565b60011981015f6108778a83818e61236a565b61088091612391565b60f01c9050604281018310156108ab57505f975087965086955085945084935083925061092c915050565b5f81830390505f6020820390505f6020820390508d8d5f9083926108d19392919061236a565b9b509b508d8d829084926108e79392919061236a565b6108f0916123c9565b99508d8d839085926109049392919061236a565b61090d916123c9565b98508d8d849087926109219392919061236a565b975097505050505050505b9295509295509295565b365f818185858015610a9557602960f81b82826109546001826122ff565b81811061096357610963612312565b9050013560f81c60f81b6001600160f81b03191603610a04575f5b818110156109fe575f83838381811061099957610999612312565b909101356001600160f81b031916915050601b60fb1b81016109e157815f036109c257506109fe565b6109ce825f858761236a565b8b8b975097509750975050505050610aa4565b6109ea81610fa6565b156109f557506109fe565b5060010161097e565b50610a95565b805b8015610a93575f8383610a1a6001856122ff565b818110610a2957610a29612312565b909101356001600160f81b03191691505060d760f81b8101610a6e57610a518383818761236a565b610a5d845f878961236a565b975097509750975050505050610aa4565b610a7781610fa6565b15610a825750610a93565b50610a8c816123e6565b9050610a06565b505b5f805f80955095509550955050505b92959194509250565b60405161190160f01b8152600281019290925260228201526042902090565b60605f5f5f5f5f610adb61038e565b50845160209586012084519486019490942060408051968701959095528585015260608501929092526001600160a01b0316608084015260a0808401919091528151808403909101815260c09092019052979650505050505050565b5f8515610b7957610b4a87878787611018565b8383604051602001610b5e93929190612412565b60405160208183030381529060405280519060200120610b7b565b5f5b979650505050505050565b5f5f36610b938585611050565b9150915081610ba6575f9250505061026a565b5f5f610bb061029e565b91509150610bea88604051602001610bca91815260200190565b60405160208183030381529060405284610be3906124e0565b848461114d565b98975050505050505050565b7f983e65e5148e570cd828ead231ee759a8d7958721a768f93bc4483ba005c32de5f908152602082905260408120610388565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610c8157507f000000000000000000000000000000000000000000000000000000000000000046145b15610cab57507f000000000000000000000000000000000000000000000000000000000000000090565b610431604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f83516020850186885af1949350505050565b60605f610d738361115c565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f601f8260ff161115610dca57604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b6001600160f81b03191690565b5f601c8260ff161115610e0257604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b6001600160e01b03191690565b5f600a8260ff161115610e3a57604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b69ffffffffffffffffffff191690565b365f826020811015610e745760405163eb0bcc5d60e01b815260040160405180910390fd5b5f610e82602082878961236a565b610e8b916123c9565b9050601f198201811115610eb25760405163eb0bcc5d60e01b815260040160405180910390fd5b5f610ec26020830183888a61236a565b610ecb916123c9565b90506001600160401b03811180610ee9575080602002602083850303105b15610f075760405163eb0bcc5d60e01b815260040160405180910390fd5b9501602001959350505050565b60605f806001600160a01b03871615610f2d5786610f2f565b305b6001600160a01b0316868686604051610f49929190612574565b5f6040518083038185875af1925050503d805f8114610f83576040519150601f19603f3d011682016040523d82523d5f602084013e610f88565b606091505b5091509150610f9989898484611183565b9998505050505050505050565b5f6001600160f81b031982161580610fcb57506001600160f81b03198216600160fd1b145b80610fe357506001600160f81b03198216600b60fa1b145b80610ffb57506001600160f81b03198216600560fb1b145b8061038857506001600160f81b03198216602960f81b1492915050565b5f848484846040516020016110309493929190612583565b604051602081830303815290604052805190602001209050949350505050565b5f8260c0831015611063575f9150611146565b5f611071846080818861236a565b61107a916123c9565b90505f61108a8560a0818961236a565b611093916123c9565b9050816110a16020876122ff565b10806110b65750806110b46020876122ff565b105b156110c5575f93505050611146565b5f6110d28684818a61236a565b6110db916123c9565b90505f6110ea8784818b61236a565b6110f3916123c9565b9050816020611102868a6122ff565b61110c91906122ff565b108061112c5750806020611120858a6122ff565b61112a91906122ff565b105b1561113d575f955050505050611146565b60019550505050505b9250929050565b5f61041e85858585600161122a565b5f60ff8216601f81111561038857604051632cd44ac360e21b815260040160405180910390fd5b60606001600160f81b031984166111a45761119e8383611425565b50611222565b6001600160f81b03198416600160f81b036111fd57826111f8577f2eea2f51f83910481f4b5ba28b7003a6e045d4b59f67dfff8d4c90119405008985836040516111ef92919061262e565b60405180910390a15b611222565b6040516323a2408560e01b81526001600160f81b03198516600482015260240161045d565b509392505050565b5f602485608001515111801561128657506112868560a0015186606001518181016020015191516014909101106affffffffffffffffffffff199190911674113a3cb832911d113bb2b130baba34371733b2ba1160591b141690565b80156112a057506112a08560a00151866040015188611462565b80156112d257506112d285608001516020815181106112c1576112c1612312565b0160200151600160f81b9081161490565b801561130c575081158061130c575061130c85608001516020815181106112fb576112fb612312565b0160200151600160fa1b9081161490565b80156113415750611341856080015160208151811061132d5761132d612312565b01602001516001600160f81b0319166114b0565b801561141b575061141b6002866080015160028860a001516040516113669190612646565b602060405180830381855afa158015611381573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906113a491906122c0565b6040516020016113b5929190612651565b60408051601f19818403018152908290526113cf91612646565b602060405180830381855afa1580156113ea573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061140d91906122c0565b8651602088015187876114cb565b9695505050505050565b60608215611434575080610388565b8151156114495761144482611501565b610388565b60405163d6bda27560e01b815260040160405180910390fd5b5f5f61146d83611509565b60405160200161147d9190612669565b60405160208183030381529060405290505f6114a4868661149f888651611516565b61152e565b905061141b81836115ae565b5f600160fb1b8281161480610388575050600160fc1b161590565b5f5f5f6114db88888888886115b9565b91509150806114f6576114f18888888888611694565b610bea565b509695505050505050565b805160208201fd5b6060610388826001611744565b5f828201838110159081025f1980821883021861041e565b606061153b8285516118c3565b915061154783836118c3565b92505f61155484846122ff565b6001600160401b0381111561156b5761156b6122d7565b6040519080825280601f01601f191660200182016040528015611595576020820181803683370190505b509050838303846020870101602083015e949350505050565b5f61026a83836118d2565b5f5f6115c586866118f6565b15806115d857506115d6848461194d565b155b156115e857505f9050600161168a565b6115f587878787876119b1565b156116055750600190508061168a565b6116747fbb5a52f42f9c9261ed4361f59422a1e30036e7c32b270c8807a419feca605023600560017fa71af64de5126a4a4e02b7922d66ce9415ce88a4c9d25514d91082c8725ac9577f5d47723c8fbe580bb369fec9c2665d8e30a435b9932645482e7c9f11e872296b6119b1565b1561168457505f9050600161168a565b505f9050805b9550959350505050565b5f61169f85856118f6565b15806116b257506116b0838361194d565b155b156116be57505f61041e565b5f6116c984846119f1565b90505f6116e3865f5160206127005f395f51905f52611be4565b90505f5f5160206127005f395f51905f52828a0990505f5f5160206127005f395f51905f52838a0990505f611719858484611bf3565b509050896117345f5160206127005f395f51905f52836126af565b149b9a5050505050505050505050565b606082515f03611762575060408051602081019091525f8152610388565b5f826117925760038451600261177891906126c2565b61178291906126d5565b61178d9060046126e8565b6117b7565b6003845160046117a291906126e8565b6117ad9060026126c2565b6117b791906126d5565b905060405191507f4142434445464748494a4b4c4d4e4f505152535455565758595a616263646566601f5261067083027f6768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f18603f526020820181810185865187016020810180515f82525b82841015611875576003840193508351603f8160121c16518753600187019650603f81600c1c16518753600187019650603f8160061c16518753600187019650603f811651875350600186019550611822565b9052508590506118b65760038651066001811461189957600281146118ac576118b4565b603d6001840353603d60028403536118b4565b603d60018403535b505b9183525060405292915050565b5f82821882841002821861026a565b5f8151835114801561026a5750508051602091820120825192909101919091201490565b5f821580159061191257505f5160206127005f395f51905f5283105b801561191d57508115155b801561026a5750507f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a81015919050565b5f600160601b63ffffffff60c01b031980838409817f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8387856003600160601b0363ffffffff60c01b0319878b8c0908090894821191909310169190921416919050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0836101005afa6119e457fe5b50505f5195945050505050565b6119f9612051565b60405180606001604052805f81526020015f81526020015f815250815f60108110611a2657611a26612312565b60200201819052506040518060600160405280848152602001838152602001600181525081600160108110611a5d57611a5d612312565b602002018190525060405180606001604052807f6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c29681526020017f4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f58152602001600181525081600460108110611ad457611ad4612312565b6020020152611aea8160015b6020020151611d17565b6040820152611afa816004611ae0565b6101008201526020810151611b17908260025b6020020151611d73565b6060820152611b308160015b6020020151826004611b0d565b60a0820152611b40816002611b23565b60c0820152611b50816003611b23565b60e0820152611b698160015b6020020151826008611b0d565b610120820152611b7a816002611b5c565b610140820152611b8b816003611b5c565b610160820152611b9c816004611b5c565b610180820152611bb68160015b602002015182600c611b0d565b6101a0820152611bc7816002611ba9565b6101c0820152611bd8816003611ba9565b6101e082015292915050565b5f61026a836002840384611dd1565b5f80808080805b6080811015611cfb578115611c2e57611c14848484611df2565b91955093509150611c26848484611df2565b919550935091505b600c60fc89901c1660fe88901c17898160108110611c4e57611c4e612312565b60200201516040015115611ce757825f03611cbd57898160108110611c7557611c75612312565b6020020151518a8260108110611c8d57611c8d612312565b6020020151602001518b8360108110611ca857611ca8612312565b60200201516040015191965094509250611ce7565b611cdf8a8260108110611cd257611cd2612312565b6020020151868686611e75565b919650945092505b50600297881b979690961b95600101611bfa565b50611d07838383611fa1565b945094505050505b935093915050565b611d3860405180606001604052805f81526020015f81526020015f81525090565b5f5f5f611d51855f015186602001518760400151611df2565b6040805160608101825293845260208401929092529082015295945050505050565b611d9460405180606001604052805f81526020015f81526020015f81525090565b5f5f5f611dae86865f015187602001518860400151611e75565b604080516060810182529384526020840192909252908201529695505050505050565b5f5f5f611ddf868686611fee565b915091508161041e5761041e6012612040565b5f5f5f600160601b63ffffffff60c01b031980868709818687098283848384096003600160601b0363ffffffff60c01b03190984858c8d096003090890508283838b09600409838482600209850385848509089650838485858609600809850385868a880385088509089550505050808186880960020991505093509350939050565b5f5f5f600160601b63ffffffff60c01b0319604088015181818209828388858a8b090960208c0151098381850385868686098c090884858a8b098d51098581870387868f0908935081158415168015611ed55760018114611f1b57611f90565b868586098788898386096002098903898a848a098b038b88890908089a5087888983890987098903898a8e8c038c8689090887090899505086878c880986099750611f90565b8c8c8c898283098a8283098b8c8d8384096003600160601b0363ffffffff60c01b0319098d8e8889096003090890508b8c83870960040994508b8c866002098d038d838409089e508b8c8384096008098c0391508b8f8d03860894508b828d878409089d505050898a8284096002099a505050505b505050505050509450945094915050565b5f5f825f03611fb457505f905080611d0f565b600160601b63ffffffff60c01b03195f611fce8583611be4565b905081818209828189099450828383830988099350505050935093915050565b5f5f825f0361200157505f905080611d0f565b60405160208152602080820152602060408201528560608201528460808201528360a082015260205f60c08360055afa9250505f519050935093915050565b634e487b715f52806020526024601cfd5b6040518061020001604052806010905b61208260405180606001604052805f81526020015f81526020015f81525090565b8152602001906001900390816120615790505090565b5f5f5f604084860312156120aa575f5ffd5b8335925060208401356001600160401b038111156120c6575f5ffd5b8401601f810186136120d6575f5ffd5b80356001600160401b038111156120eb575f5ffd5b8660208284010111156120fc575f5ffd5b939660209190910195509293505050565b5f5f5f6060848603121561211f575f5ffd5b83356001600160401b03811115612134575f5ffd5b84016101208187031215612146575f5ffd5b95602085013595506040909401359392505050565b5f6020828403121561216b575f5ffd5b81356001600160c01b038116811461026a575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f6121cd60e0830189612181565b82810360408401526121df8189612181565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612234578351835260209384019390920191600101612216565b50909b9a5050505050505050505050565b5f60208284031215612255575f5ffd5b5035919050565b5f5f8335601e19843603018112612271575f5ffd5b8301803591506001600160401b0382111561228a575f5ffd5b602001915036819003821315611146575f5ffd5b5f5f604083850312156122af575f5ffd5b505080516020909101519092909150565b5f602082840312156122d0575f5ffd5b5051919050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610388576103886122eb565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e1983360301811261233a575f5ffd5b9190910192915050565b5f60208284031215612354575f5ffd5b81356001600160a01b038116811461026a575f5ffd5b5f5f85851115612378575f5ffd5b83861115612384575f5ffd5b5050820193919092039150565b80356001600160f01b031981169060028410156123c2576001600160f01b0319600285900360031b81901b82161691505b5092915050565b80356020831015610388575f19602084900360031b1b1692915050565b5f816123f4576123f46122eb565b505f190190565b5f81518060208401855e5f93019283525090919050565b8381528260208201525f61041e60408301846123fb565b60405160c081016001600160401b038111828210171561244b5761244b6122d7565b60405290565b5f82601f830112612460575f5ffd5b8135602083015f5f6001600160401b0384111561247f5761247f6122d7565b50604051601f19601f85018116603f011681018181106001600160401b03821117156124ad576124ad6122d7565b6040528381529050808284018710156124c4575f5ffd5b838360208301375f602085830101528094505050505092915050565b5f60c082360312156124f0575f5ffd5b6124f8612429565b8235815260208084013590820152604080840135908201526060808401359082015260808301356001600160401b03811115612532575f5ffd5b61253e36828601612451565b60808301525060a08301356001600160401b0381111561255c575f5ffd5b61256836828601612451565b60a08301525092915050565b818382375f9101908152919050565b6d0a8f2e0cac888c2e8c2a6d2cedc560931b81528385600e8301375f8482017f20636f6e74656e74732c737472696e67206e616d652c737472696e6720766572600e8201527f73696f6e2c75696e7432353620636861696e49642c6164647265737320766572602e8201527f696679696e67436f6e74726163742c627974657333322073616c742900000000604e8201528385606a8301375f9301606a019283525090949350505050565b828152604060208201525f6102676040830184612181565b5f61026a82846123fb565b5f61265c82856123fb565b9283525050602001919050565b6c1131b430b63632b733b2911d1160991b81525f61268a600d8301846123fb565b601160f91b81526001019392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826126bd576126bd61269b565b500690565b80820180821115610388576103886122eb565b5f826126e3576126e361269b565b500490565b8082028115828204841417610388576103886122eb56feffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551a164736f6c634300081e000a' as const

/** Creation code of PolityPaymaster. */
export const polityPaymasterBytecode =
  '0x6102a0604052348015610010575f5ffd5b50604051612bb8380380612bb883398101604081905261002f916104f0565b816040518060400160405280600f81526020016e2837b634ba3ca830bcb6b0b9ba32b960891b815250604051806040016040528060018152602001603160f81b815250610081826103ac60201b60201c565b6101205261008e816103ac565b61014052815160208084019190912060e052815190820120610100524660a05261011a60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600280546001600160a01b0319166001600160a01b038316179055506001600160a01b038516158061015c57506001600160a01b038416155b1561017a5760405163213824b760e01b815260040160405180910390fd5b6001600160a01b038516610160526101925f856103e9565b506001600160a01b038316156101ce576101cc7f9f10519a2c8cd2ada62681324216fc56caa806bf194071e83db2c4bae1cd1616846103e9565b505b6040516001600160a01b038316905f907f896666ae36f91f09667aaa89dc5bffdebde112ef923bd90f9400f25e4ef7deb3908290a3805160088111156102365760405163d42500db60e01b815260048101829052600860248201526044015b60405180910390fd5b61023e610496565b5f5b82811015610336575f6001600160a01b031684828151811061026457610264610609565b60200260200101516001600160a01b0316036102935760405163213824b760e01b815260040160405180910390fd5b8381815181106102a5576102a5610609565b60200260200101518282600881106102bf576102bf610609565b6001600160a01b0390921660209290920201528181600881106102e4576102e4610609565b60200201516001600160a01b03167fc5db0feb2f1249d6979d3766d0d0a3781fffd36cb79768483da4736df8d431f26001604051610326911515815260200190565b60405180910390a2600101610240565b506101809190915280516020820151604083015160608401516001600160a01b03908116610200529081166101e0529081166101c0529081166101a052608082015160a083015160c084015160e09094015183166102805292821661026052918116610240521661022052506106789350505050565b5f5f829050601f815111156103d6578260405163305a27a960e01b815260040161022d919061061d565b80516103e182610652565b179392505050565b5f8281526003602090815260408083206001600160a01b038516845290915281205460ff1661048d575f8381526003602090815260408083206001600160a01b03861684529091529020805460ff191660011790556104453390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610490565b505f5b92915050565b6040518061010001604052806008906020820280368337509192915050565b6001600160a01b03811681146104c9575f5ffd5b50565b80516104d7816104b5565b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f5f60a08688031215610504575f5ffd5b855161050f816104b5565b6020870151909550610520816104b5565b6040870151909450610531816104b5565b6060870151909350610542816104b5565b60808701519092506001600160401b0381111561055d575f5ffd5b8601601f8101881361056d575f5ffd5b80516001600160401b03811115610586576105866104dc565b604051600582901b90603f8201601f191681016001600160401b03811182821017156105b4576105b46104dc565b60405291825260208184018101929081018b8411156105d1575f5ffd5b6020850194505b838510156105f7576105e9856104cc565b8152602094850194016105d8565b50809450505050509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610672575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516102205161024051610260516102805161244c61076c5f395f81816107e80152610b1b01525f81816107c00152610adf01525f81816107980152610aa301525f81816107700152610a6701525f81816107440152610a2b01525f818161071a01526109ef01525f81816106f201526109b301525f81816106cd015261097801525f61081101525f81816102f40152610ca401525f610df501525f610dc501525f611d6801525f611d4001525f611c9b01525f611cc501525f611cef015261244c5ff3fe60806040526004361061013c575f3560e01c80637b103999116100b3578063bb9fe6bf1161006d578063bb9fe6bf146103b6578063c23a5cea146103ca578063d0e30db0146103e9578063d547741f146103f1578063eef0187614610410578063f3fef3a314610431575f5ffd5b80637b103999146102e65780637c627b211461031857806384b0196e1461033757806391d148541461035e578063a217fddf1461037d578063b0d691fe14610390575f5ffd5b80632f2ff15d116101045780632f2ff15d1461021557806336568abe1461023457806352b7512c146102535780636524143c146102805780636c19e78314610294578063782e9652146102b3575f5ffd5b806301ffc9a7146101405780630396cb60146101745780630438103c14610189578063238ac933146101a8578063248a9ca3146101d9575b5f5ffd5b34801561014b575f5ffd5b5061015f61015a366004611ea2565b610450565b60405190151581526020015b60405180910390f35b610187610182366004611eda565b610486565b005b348015610194575f5ffd5b5061015f6101a3366004611f09565b6104be565b3480156101b3575f5ffd5b506002546001600160a01b03165b6040516001600160a01b03909116815260200161016b565b3480156101e4575f5ffd5b506102076101f3366004611f24565b5f9081526003602052604090206001015490565b60405190815260200161016b565b348015610220575f5ffd5b5061018761022f366004611f3b565b6104c8565b34801561023f575f5ffd5b5061018761024e366004611f3b565b6104f2565b34801561025e575f5ffd5b5061027261026d366004611f69565b61052a565b60405161016b929190611fe6565b34801561028b575f5ffd5b50610207600881565b34801561029f575f5ffd5b506101876102ae366004611f09565b61054c565b3480156102be575f5ffd5b506102077f9f10519a2c8cd2ada62681324216fc56caa806bf194071e83db2c4bae1cd161681565b3480156102f1575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006101c1565b348015610323575f5ffd5b50610187610332366004612007565b6105e6565b348015610342575f5ffd5b5061034b6105f5565b60405161016b979695949392919061209b565b348015610369575f5ffd5b5061015f610378366004611f3b565b610637565b348015610388575f5ffd5b506102075f81565b34801561039b575f5ffd5b50734337084d9e255ff0702461cf8895ce9e3b5ff1086101c1565b3480156103c1575f5ffd5b50610187610661565b3480156103d5575f5ffd5b506101876103e4366004611f09565b610676565b610187610689565b3480156103fc575f5ffd5b5061018761040b366004611f3b565b610694565b34801561041b575f5ffd5b506104246106b8565b60405161016b9190612131565b34801561043c575f5ffd5b5061018761044b36600461217c565b6108cd565b5f6001600160e01b03198216637965db0b60e01b148061048057506301ffc9a760e01b6001600160e01b03198316145b92915050565b7f9f10519a2c8cd2ada62681324216fc56caa806bf194071e83db2c4bae1cd16166104b0816108e1565b6104ba34836108eb565b5050565b5f61048082610962565b5f828152600360205260409020600101546104e2816108e1565b6104ec8383610b54565b50505050565b6001600160a01b038116331461051b5760405163334bd91960e11b815260040160405180910390fd5b6105258282610be5565b505050565b60605f610535610c50565b610540858585610c95565b91509150935093915050565b7f9f10519a2c8cd2ada62681324216fc56caa806bf194071e83db2c4bae1cd1616610576816108e1565b816001600160a01b03166105926002546001600160a01b031690565b6001600160a01b03167f896666ae36f91f09667aaa89dc5bffdebde112ef923bd90f9400f25e4ef7deb360405160405180910390a3600280546001600160a01b0319166001600160a01b0384161790555050565b6105ee610c50565b5050505050565b5f6060805f5f5f6060610606610dbe565b61060e610dee565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f9182526003602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61066b816108e1565b610673610e19565b50565b5f610680816108e1565b6104ba82610e77565b61069234610ee0565b565b5f828152600360205260409020600101546106ae816108e1565b6104ec8383610be5565b60408051610100810182526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f00000000000000000000000000000000000000000000000000000000000000008116928201929092527f000000000000000000000000000000000000000000000000000000000000000082166060828101919091527f0000000000000000000000000000000000000000000000000000000000000000831660808301527f0000000000000000000000000000000000000000000000000000000000000000831660a08301527f0000000000000000000000000000000000000000000000000000000000000000831660c08301527f000000000000000000000000000000000000000000000000000000000000000090921660e08201527f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff811115610848576108486121a6565b604051908082528060200260200182016040528015610871578160200160208202803683370190505b5091505f5b82518110156108c857818160088110610891576108916121ba565b60200201518382815181106108a8576108a86121ba565b6001600160a01b0390921660209283029190910190910152600101610876565b505090565b5f6108d7816108e1565b6105258383610f51565b6106738133610faf565b734337084d9e255ff0702461cf8895ce9e3b5ff108604051621cb65b60e51b815263ffffffff831660048201526001600160a01b039190911690630396cb609084906024015f604051808303818588803b158015610947575f5ffd5b505af1158015610959573d5f5f3e3d5ffd5b50505050505050565b5f6001600160a01b0382161580159061048057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614806109e757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316145b80610a2357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316145b80610a5f57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316145b80610a9b57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316145b80610ad757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316145b80610b1357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316145b8061048057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b03161492915050565b5f610b5f8383610637565b610bde575f8381526003602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610b963390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610480565b505f610480565b5f610bf08383610637565b15610bde575f8381526003602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610480565b33734337084d9e255ff0702461cf8895ce9e3b5ff10881146106735760405163327499a760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60605f80806001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663e4ae5323610cd660208a018a611f09565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152602401606060405180830381865afa158015610d18573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d3c91906121ce565b509150915081610d7857610d536020880188611f09565b6040516331ecd38160e11b81526001600160a01b039091166004820152602401610c8c565b610d8d610d886060890189612226565b610fe8565b610d988787876112c1565b9094509250610db283610dad60015f85611334565b61134d565b92505050935093915050565b6060610de97f000000000000000000000000000000000000000000000000000000000000000061142b565b905090565b6060610de97f000000000000000000000000000000000000000000000000000000000000000061142b565b734337084d9e255ff0702461cf8895ce9e3b5ff1086001600160a01b031663bb9fe6bf6040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610e65575f5ffd5b505af11580156104ec573d5f5f3e3d5ffd5b734337084d9e255ff0702461cf8895ce9e3b5ff10860405163611d2e7560e11b81526001600160a01b038381166004830152919091169063c23a5cea906024015f604051808303815f87803b158015610ece575f5ffd5b505af11580156105ee573d5f5f3e3d5ffd5b734337084d9e255ff0702461cf8895ce9e3b5ff10860405163b760faf960e01b81523060048201526001600160a01b03919091169063b760faf99083906024015f604051808303818588803b158015610f37575f5ffd5b505af1158015610f49573d5f5f3e3d5ffd5b505050505050565b734337084d9e255ff0702461cf8895ce9e3b5ff10860405163040b850f60e31b81526001600160a01b03848116600483015260248201849052919091169063205c2878906044015f604051808303815f87803b158015610f37575f5ffd5b610fb98282610637565b6104ba5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610c8c565b600481108061101d575063e9ae5c5360e01b61100760045f8486612270565b61101091612297565b6001600160e01b03191614155b1561106d57600481106110455761103760045f8385612270565b61104091612297565b611047565b5f5b604051631444c13760e01b81526001600160e01b03199091166004820152602401610c8c565b5f61107c602460048486612270565b611085916122cf565b90505f5f5f61109384611468565b50919450925090505f6001600160f81b03198416600160f81b1480156110c157506001600160f81b03198316155b80156110d557506001600160e01b03198216155b9050806110f8576040516389ab501b60e01b815260048101869052602401610c8c565b5f61110760446024898b612270565b611110916122cf565b61111b906004612300565b90505f88828961112c826020612300565b9261113993929190612270565b611142916122cf565b9050365f8a8a611153866020612300565b9085611160886020612300565b61116a9190612300565b9261117793929190612270565b91509150365f61118784846114a7565b915091505f5b818110156112b1576111cf8383838181106111aa576111aa6121ba565b90506020028101906111bc9190612313565b6111ca906020810190611f09565b610962565b61123157808383838181106111e6576111e66121ba565b90506020028101906111f89190612313565b611206906020810190611f09565b604051638a27373360e01b815260048101929092526001600160a01b03166024820152604401610c8c565b828282818110611243576112436121ba565b90506020028101906112559190612313565b60200135156112a95780838383818110611271576112716121ba565b90506020028101906112839190612313565b6040516312dbdee560e11b81526004810192909252602001356024820152604401610c8c565b60010161118d565b5050505050505050505050505050565b60605f5f5f365f6112d18961156d565b60408051602081019091525f8152939750919550935091508484186001602f1b16159081611300576001611323565b611323868661131a6113138f8b8b6115e4565b888861170c565b15159190611334565b965096505050505050935093915050565b5f611345841515600118848461176c565b949350505050565b5f5f5f5f5f61135b8761178e565b93509350935093505f5f5f5f6113708a61178e565b935093509350935080600181111561138a5761138a612331565b85600181111561139c5761139c612331565b0361141a575f6001600160a01b0389161580156113c057506001600160a01b038516155b90505f6113dd8965ffffffffffff168665ffffffffffff16611802565b90505f6113fa8965ffffffffffff168665ffffffffffff16611814565b90506114088383838b611823565b9b505050505050505050505050610480565b600198505050505050505050610480565b60605f6114378361183e565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f5f5f5f611476855f611865565b611481866001611865565b61148c87600661189d565b61149788600a6118d5565b93509350935093505b9193509193565b365f8260208110156114cc5760405163eb0bcc5d60e01b815260040160405180910390fd5b5f6114da6020828789612270565b6114e3916122cf565b9050601f19820181111561150a5760405163eb0bcc5d60e01b815260040160405180910390fd5b5f61151a6020830183888a612270565b611523916122cf565b905067ffffffffffffffff811180611542575080602002602083850303105b156115605760405163eb0bcc5d60e01b815260040160405180910390fd5b9501602001959350505050565b5f5f365f365f61157c87611910565b9092509050600c81106115ce5761159660065f8385612270565b61159f91612345565b60d01c6115b0600c60068486612270565b6115b991612345565b60d01c6115c983600c8187612270565b6115d3565b5f8080805b955095509550955050509193509193565b5f6113457f0c330b34f0aad8cab1ae5a4241b0d75388786a99fffb1a39c5ce8dec5a5700676116166020870187611f09565b60208701356116286040890189612226565b60405161163692919061237b565b60405190819003902061164c60608a018a612226565b60405161165a92919061237b565b604051809103902089608001358a60a001358b60c0013561167a8d611a0b565b6116838e611a69565b60408051602081019b909b526001600160a01b03909916988a01989098526060890196909652608088019490945260a087019290925260c086015260e085015261010084015261012083015261014082015265ffffffffffff80861661016083015284166101808201526101a00160405160208183030381529060405280519060200120611a9c565b5f5f5f61171a868686611ac8565b5090925090505f81600381111561173357611733612331565b1480156117625750816001600160a01b03166117576002546001600160a01b031690565b6001600160a01b0316145b9695505050505050565b5f6113458484848082166001602f1b1615611788576001611b0f565b5f611b0f565b5f80808061179c8582611bb8565b60d01c92506117ac856006611bb8565b60d01c91506117bc85600c611bf0565b60601c93508282166001602f1b16156117d65760016117d8565b5f5b657fffffffffff93841693929092169190505f8290036114a057657fffffffffff91509193509193565b5f8282188284110282185b9392505050565b5f82821882841002821861180d565b5f611835851515600118858585611b0f565b95945050505050565b5f60ff8216601f81111561048057604051632cd44ac360e21b815260040160405180910390fd5b5f601f8260ff16111561188b57604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b6001600160f81b03191690565b5f601c8260ff1611156118c357604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b6001600160e01b03191690565b5f600a8260ff1611156118fb57604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b69ffffffffffffffffffff191690565b365f80600961192260e0860186612226565b905011801561197f575067117192d14ba1cb2b60c11b61194560e0860186612226565b600861195460e0890189612226565b61195f92915061238a565b61196a928290612270565b6119739161239d565b6001600160c01b031916145b90505f8161198d575f6119a1565b61199685611c2d565b6119a190600a612300565b90506119ae816034612300565b6119bb60e0870187612226565b9050106119fd576119cf60e0860186612226565b603490836119e060e08a018a612226565b6119eb92915061238a565b926119f893929190612270565b611a00565b5f805b935093505050915091565b5f6034611a1b60e0840184612226565b905010611a4f57611a2f60e0830183612226565b611a3e91602491601491612270565b611a47916123d3565b60801c611a51565b5f5b6fffffffffffffffffffffffffffffffff1692915050565b5f6034611a7960e0840184612226565b905010611a4f57611a8d60e0830183612226565b611a3e91603491602491612270565b5f610480611aa8611c8f565b8360405161190160f01b8152600281019290925260228201526042902090565b5f80806041849003611afc578435602086013560408701355f1a611aee89828585611db8565b955095509550505050611b06565b505f915060029050825b93509350939050565b5f80826001811115611b2357611b23612331565b03611b4357657fffffffffff84169350657fffffffffff83169250611b6f565b6001826001811115611b5757611b57612331565b03611b6f576001602f1b841793506001602f1b831792505b6118358560601b611b998560d01b8760d01b6001600160d01b031916611e8090919063ffffffff16565b6001600160a01b0319169060601c6001600160a01b0319919091161790565b5f601a8260ff161115611bde57604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b6001600160d01b03191690565b5f600c8260ff161115611c1657604051631dd4bb1b60e11b815260040160405180910390fd5b506008021b6bffffffffffffffffffffffff191690565b5f611c3b60e0830183612226565b600a611c4a60e0860186612226565b611c5592915061238a565b906008611c6560e0870187612226565b611c7092915061238a565b92611c7d93929190612270565b611c8691612409565b60f01c92915050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611ce757507f000000000000000000000000000000000000000000000000000000000000000046145b15611d1157507f000000000000000000000000000000000000000000000000000000000000000090565b610de9604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115611df157505f91506003905082611e76565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611e42573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116611e6d57505f925060019150829050611e76565b92505f91508190505b9450945094915050565b65ffffffffffff60a01b60309190911c166001600160d01b0319919091161790565b5f60208284031215611eb2575f5ffd5b81356001600160e01b03198116811461180d575f5ffd5b63ffffffff81168114610673575f5ffd5b5f60208284031215611eea575f5ffd5b813561180d81611ec9565b6001600160a01b0381168114610673575f5ffd5b5f60208284031215611f19575f5ffd5b813561180d81611ef5565b5f60208284031215611f34575f5ffd5b5035919050565b5f5f60408385031215611f4c575f5ffd5b823591506020830135611f5e81611ef5565b809150509250929050565b5f5f5f60608486031215611f7b575f5ffd5b833567ffffffffffffffff811115611f91575f5ffd5b84016101208187031215611fa3575f5ffd5b95602085013595506040909401359392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b604081525f611ff86040830185611fb8565b90508260208301529392505050565b5f5f5f5f5f6080868803121561201b575f5ffd5b853560038110612029575f5ffd5b9450602086013567ffffffffffffffff811115612044575f5ffd5b8601601f81018813612054575f5ffd5b803567ffffffffffffffff81111561206a575f5ffd5b88602082840101111561207b575f5ffd5b959860209190910197509495604081013595606090910135945092505050565b60ff60f81b8816815260e060208201525f6120b960e0830189611fb8565b82810360408401526120cb8189611fb8565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612120578351835260209384019390920191600101612102565b50909b9a5050505050505050505050565b602080825282518282018190525f918401906040840190835b818110156121715783516001600160a01b031683526020938401939092019160010161214a565b509095945050505050565b5f5f6040838503121561218d575f5ffd5b823561219881611ef5565b946020939093013593505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f5f5f606084860312156121e0575f5ffd5b835180151581146121ef575f5ffd5b602085015190935065ffffffffffff8116811461220a575f5ffd5b604085015190925061221b81611ec9565b809150509250925092565b5f5f8335601e1984360301811261223b575f5ffd5b83018035915067ffffffffffffffff821115612255575f5ffd5b602001915036819003821315612269575f5ffd5b9250929050565b5f5f8585111561227e575f5ffd5b8386111561228a575f5ffd5b5050820193919092039150565b80356001600160e01b031981169060048410156122c8576001600160e01b0319600485900360031b81901b82161691505b5092915050565b80356020831015610480575f19602084900360031b1b1692915050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610480576104806122ec565b5f8235605e19833603018112612327575f5ffd5b9190910192915050565b634e487b7160e01b5f52602160045260245ffd5b80356001600160d01b031981169060068410156122c8576001600160d01b031960069490940360031b84901b1690921692915050565b818382375f9101908152919050565b81810381811115610480576104806122ec565b80356001600160c01b031981169060088410156122c8576001600160c01b031960089490940360031b84901b1690921692915050565b80356001600160801b031981169060108410156122c8576001600160801b031960109490940360031b84901b1690921692915050565b80356001600160f01b031981169060028410156122c8576001600160f01b031960029490940360031b84901b169092169291505056fea164736f6c634300081e000a' as const
