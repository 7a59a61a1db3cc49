// Stand-in for the bundled drift-checker Lambda in platform tests, so snapshots do not change with the handler.
exports.handler = async () => undefined;
