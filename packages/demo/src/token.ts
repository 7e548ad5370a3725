import { type Address } from 'viem';
import { deployContract, writeContract } from 'viem/actions';
import { liquidVotesTokenAbi, liquidVotesTokenBytecode, waitForReceipt, type PolityClient } from '@polity/sdk';

/**
 * The demo city's currency: an ERC-20 the deployer may mint (the SDK's LiquidVotesToken, used here only
 * as a plain token). Amounts are whole złoty: the budgeting rules count whole currency units.
 */
export async function deployDemoToken(client: PolityClient, { account, name, symbol }: { account: Address; name: string; symbol: string }): Promise<Address> {
  const hash = await deployContract(client, { abi: liquidVotesTokenAbi, bytecode: liquidVotesTokenBytecode, args: [name, symbol, account, 1n], account, chain: client.chain });
  const receipt = await waitForReceipt(client, { hash });
  if (!receipt.contractAddress) throw new Error(`deploying the demo token (${hash}) created no contract`);
  return receipt.contractAddress;
}

export async function mintDemoToken(client: PolityClient, { token, account, to, amount }: { token: Address; account: Address; to: Address; amount: bigint }): Promise<void> {
  const hash = await writeContract(client, { address: token, abi: liquidVotesTokenAbi, functionName: 'mint', args: [to, amount], account, chain: client.chain });
  await waitForReceipt(client, { hash });
}
