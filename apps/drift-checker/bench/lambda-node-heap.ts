// The V8 heap limits AWS Lambda's Node.js runtime starts a function with: its bootstrap gives a tenth of the
// function's memory to the young generation (two semi-spaces) and the rest to the old one
// (`--max-semi-space-size`, `--max-old-space-size`, from AWS_LAMBDA_FUNCTION_MEMORY_SIZE).

export function lambdaNodeHeap(memoryMb: number): { semiSpaceMb: number; oldSpaceMb: number } {
  const newSpace = Math.floor(memoryMb / 10);
  return { semiSpaceMb: Math.floor(newSpace / 2), oldSpaceMb: memoryMb - newSpace };
}
