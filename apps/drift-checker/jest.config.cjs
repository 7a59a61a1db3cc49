// passWithNoTests only while this project is a scaffold: remove it with the first test.
module.exports = require('../../libs/testing/jest-preset.cjs')(__dirname, { passWithNoTests: true });
