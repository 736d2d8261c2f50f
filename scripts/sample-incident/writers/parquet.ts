// Parquet as a Spark or pyarrow job writes it: snappy-compressed, row groups of `rowGroupSize` rows,
// TIMESTAMP_MILLIS, DOUBLE and INT32 with nulls, UTF8 strings (dictionary-encoded by the writer where it pays).
import { type ColumnSource, parquetWriteFile } from 'hyparquet-writer';
import { type PredictionLog } from '../predictionLog';
import { COLUMNS, type ColumnSpec } from '../schema';

export function writeParquet(log: PredictionLog, path: string, rowGroupSize = 100_000): void {
  parquetWriteFile({
    filename: path,
    columnData: COLUMNS.map((spec) => parquetColumn(log, spec)),
    rowGroupSize,
    createdBy: 'model-incident sample generator',
  });
}

function parquetColumn(log: PredictionLog, spec: ColumnSpec): ColumnSource {
  if (spec.storage === 'string') return { name: spec.name, data: log.text(spec.name), type: 'STRING', nullable: false };
  const values = log.numeric(spec.name);
  if (spec.storage === 'timestamp') return { name: spec.name, data: Array.from(values), type: 'TIMESTAMP', nullable: false };
  const data = Array.from(values, (v) => (Number.isNaN(v) ? null : v));
  return { name: spec.name, data, type: spec.storage === 'int' ? 'INT32' : 'DOUBLE', nullable: spec.nullable };
}
