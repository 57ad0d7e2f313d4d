document.getElementById('app')!.textContent = 'Shuke 熟客';
