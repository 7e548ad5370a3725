#!/usr/bin/env bash
# Deploys a polity with script/DeployPolity.s.sol (docs/deployment.md).
#   RPC_URL      target chain (default: a local anvil, http://127.0.0.1:8545)
#   PRIVATE_KEY  broadcasting key; on a local anvil it defaults to anvil's first dev account.
#                Elsewhere pass it, or forge's own signer flags after the script (--account, --ledger).
# Further arguments go to `forge script` (for example --verify, --slow, --account deployer).
set -euo pipefail
cd "$(dirname "$0")/.."

RPC_URL="${RPC_URL:-http://127.0.0.1:8545}"
ANVIL_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
signer=()
if [[ -n "${PRIVATE_KEY:-}" ]]; then
  signer=(--private-key "$PRIVATE_KEY")
elif [[ "$RPC_URL" =~ ^https?://(127\.0\.0\.1|localhost)(:|/|$) ]]; then
  signer=(--private-key "$ANVIL_KEY")
fi

# --slow: one transaction at a time, each mined before the next (anvil otherwise may leave the large
# deployPolity transaction pending behind a fuller block).
exec pnpm exec forge script script/DeployPolity.s.sol:DeployPolity --rpc-url "$RPC_URL" --broadcast --slow "${signer[@]}" "$@"
