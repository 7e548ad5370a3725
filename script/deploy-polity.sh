#!/usr/bin/env bash
# Deploys a polity with script/DeployPolity.s.sol (docs/deployment.md), then writes its polity file,
# .polity/<name>.json, the file `polity deploy` writes and every other `polity` command reads
# (`--polity <name>`): the eight addresses, the factory, the chain id, the block it was deployed at and the
# hash of the chain's block 0.
#   POLITY_RPC_URL  target chain (default: a local anvil, http://127.0.0.1:8545); RPC_URL, the earlier
#                   name, still works
#   PRIVATE_KEY     broadcasting key; on a local anvil it defaults to anvil's first dev account.
#                   Elsewhere pass it, or forge's own signer flags after the script (--account, --ledger).
#   POLITY_FILE     where to write the polity file (default: .polity/<name>.json, name from POLITY_NAME);
#                   an existing file is never overwritten unless FORCE=1
# Further arguments go to `forge script` (for example --verify, --slow, --account deployer).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${POLITY_RPC_URL:-}" && -n "${RPC_URL:-}" ]]; then
  echo "note: RPC_URL is deprecated here: set POLITY_RPC_URL (the name the SDK and the CLI read)" >&2
  POLITY_RPC_URL="$RPC_URL"
fi
POLITY_RPC_URL="${POLITY_RPC_URL:-http://127.0.0.1:8545}"
ANVIL_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
signer=()
if [[ -n "${PRIVATE_KEY:-}" ]]; then
  signer=(--private-key "$PRIVATE_KEY")
elif [[ "$POLITY_RPC_URL" =~ ^https?://(127\.0\.0\.1|localhost)(:|/|$) ]]; then
  signer=(--private-key "$ANVIL_KEY")
fi

# The polity file's path, decided (and refused if it exists) before anything is sent. Names become file
# names as `polity deploy` makes them: "Wesoła Stara Miłosna" -> wesola-stara-milosna.
polity_file="${POLITY_FILE:-}"
if [[ -z "$polity_file" ]]; then
  slug=$(POLITY_NAME="${POLITY_NAME:-Polity Demo}" node -e '
    const text = process.env.POLITY_NAME.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L")
      .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    process.stdout.write(text === "" ? "polity" : text);')
  polity_file=".polity/$slug.json"
fi
if [[ -e "$polity_file" && "${FORCE:-}" != 1 ]]; then
  echo "error: $polity_file exists already: nothing was deployed" >&2
  echo "Set POLITY_NAME to another name, POLITY_FILE to another file, or FORCE=1 to overwrite it." >&2
  exit 2
fi

# --slow: one transaction at a time, each mined before the next (anvil otherwise may leave the large
# deployPolity transaction pending behind a fuller block). --gas-estimate-multiplier 110: forge's default
# 130% margin asks more than a 30-million block for deployPolity (forge estimates it at about 25.4 million
# with secret ballots).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
pnpm exec forge script script/DeployPolity.s.sol:DeployPolity --rpc-url "$POLITY_RPC_URL" --broadcast --slow --gas-estimate-multiplier 110 "${signer[@]}" "$@" | tee "$log"

# The addresses from the script's logs, the deployment's block from forge's broadcast record, the chain
# id and block 0 from the node.
POLITY_NAME="${POLITY_NAME:-Polity Demo}" POLITY_RPC_URL="$POLITY_RPC_URL" LOG="$log" OUT="$polity_file" node --input-type=module -e '
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
const env = process.env;
const logged = Object.fromEntries([...readFileSync(env.LOG, "utf8").matchAll(/^\s*(factory|registry|timelock|governor|rounds|results|escrow|identityGroups|secretBallots)\s+(0x[0-9a-fA-F]{40})\s*$/gm)].map((match) => [match[1], match[2]]));
const missing = ["factory", "registry", "timelock", "governor", "rounds", "results", "escrow"].filter((key) => !(key in logged));
if (missing.length > 0) throw new Error(`the deployment printed no address for ${missing.join(", ")}: no polity file written`);
const rpc = async (method, params) => {
  const response = await fetch(env.POLITY_RPC_URL, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const { result, error } = await response.json();
  if (error) throw new Error(`${method}: ${error.message}`);
  return result;
};
const chainId = Number(await rpc("eth_chainId", []));
const genesis = (await rpc("eth_getBlockByNumber", ["0x0", false])).hash;
// The block of the deployPolity transaction, from the record forge keeps of the broadcast: where indexers start.
const broadcast = JSON.parse(readFileSync(`broadcast/DeployPolity.s.sol/${chainId}/run-latest.json`, "utf8"));
const deployment = broadcast.transactions.find((transaction) => transaction.function?.startsWith("deployPolity("));
const receipt = broadcast.receipts.find((candidate) => candidate.transactionHash === deployment?.hash);
if (receipt === undefined) throw new Error(`broadcast/DeployPolity.s.sol/${chainId}/run-latest.json has no receipt of the deployPolity transaction: no polity file written`);
const { factory, ...addresses } = logged;
const file = { name: env.POLITY_NAME, factory, genesis, polity: { chainId, ...addresses, deployedAtBlock: String(Number(receipt.blockNumber)) } };
mkdirSync(dirname(env.OUT), { recursive: true });
writeFileSync(`${env.OUT}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
renameSync(`${env.OUT}.tmp`, env.OUT);
process.stderr.write(`wrote ${env.OUT}: pass --polity ${env.OUT} to the polity commands\n`);
'
