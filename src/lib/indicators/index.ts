/** Indicator maths: yearly series, latest values, progress, rate of change, on-track verdict. */
export * from './series';
export * from './tracking';
export * from './scope';
