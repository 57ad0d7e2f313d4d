export async function benchReminders(): Promise<void> {
  console.log('(not measured yet)');
}
