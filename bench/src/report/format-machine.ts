import type { MachineInfo } from '../machine.js';

/** The machine header printed above every report. */
export function formatMachine(machine: MachineInfo, startedAt: Date): string {
  return [
    `Kinerja benchmark — ${startedAt.toISOString()}`,
    `CPU: ${machine.cpuModel} × ${machine.cores} cores, ${machine.totalMemoryGiB} GiB RAM`,
    `${machine.platform}, Node ${machine.nodeVersion}, load average at start ${machine.loadAverage.join(' ')}`,
    'Shared machines are noisy: compare ratios within one run, not absolute figures across runs.',
  ].join('\n');
}
