/** Unit and integration tests run against the TypeScript sources (ts-jest). */
const aliases = ['iwmo', 'config', 'persistence', 'queue', 'rules', 'pipeline', 'funding', 'i18n'];
const moduleNameMapper = {};
for (const name of aliases) {
  moduleNameMapper[`^@lib/${name}$`] = `<rootDir>/libs/${name}/src`;
  moduleNameMapper[`^@lib/${name}/(.*)$`] = `<rootDir>/libs/${name}/src/$1`;
}
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '.*\\.spec\\.ts$',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testTimeout: 60000,
};
