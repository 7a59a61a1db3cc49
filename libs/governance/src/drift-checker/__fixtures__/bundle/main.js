// Stand-in for the drift-checker bundle in construct tests.
exports.handler = async () => ({ outcome: 'ignored' });
