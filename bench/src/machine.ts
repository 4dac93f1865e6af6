import os from 'node:os';

/** What the figures were measured on; shared machines are noisy, so always print this beside them. */
export type MachineInfo = {
  cpuModel: string;
  cores: number;
  totalMemoryGiB: number;
  platform: string;
  nodeVersion: string;
  loadAverage: number[];
};

/** Describes this machine. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    nodeVersion: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
