/**
 * A temporary upload file not written for this long is left by a killed process: an upload in
 * flight (on this or another instance sharing the directory) writes every few milliseconds.
 */
export const TEMP_MAX_AGE_HOURS = 1;
