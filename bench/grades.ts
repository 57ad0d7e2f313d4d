export async function benchGrades(): Promise<void> {
  console.log('(not measured yet)');
}
