export async function benchCounter(): Promise<void> {
  console.log('(not measured yet)');
}
