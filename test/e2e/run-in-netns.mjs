// Runs a command inside its own network namespace with a veth pair and a default route
//, so WebRTC between pages works and no traffic can leave the machine.
// Where unshare is unavailable or we are not root (a laptop), the command runs directly.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node test/e2e/run-in-netns.mjs <command> [args...]');
  process.exit(2);
}
const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const command = ['npx', ...args].map(quote).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasUnshare =
  spawnSync('sh', ['-c', 'command -v unshare && command -v ip'], { stdio: 'ignore' }).status === 0;
const alreadyInside = process.env.OFFSITE_NETNS === '1';

let result;
if (isRoot && hasUnshare && !alreadyInside) {
  const setup = [
    'ip link set lo up',
    'ip link add veth0 type veth peer name veth1',
    'ip addr add 10.99.0.1/24 dev veth0',
    'ip addr add 10.99.0.2/24 dev veth1',
    'ip link set veth0 up',
    'ip link set veth1 up',
    'ip route add default dev veth0',
  ].join(' && ');
  console.log('[netns] running inside a private network namespace (10.99.0.1/24, no route out)');
  result = spawnSync('unshare', ['-n', 'sh', '-c', `${setup} && ${command}`], {
    stdio: 'inherit',
    env: { ...process.env, OFFSITE_NETNS: '1', OFFSITE_LAN_IP: '10.99.0.1' },
  });
} else {
  if (!alreadyInside)
    console.log('[netns] unshare unavailable or not root: running on this machine directly');
  result = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
}
process.exit(result.status ?? 1);
