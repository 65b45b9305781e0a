/** The factory for jest.mock('../../src/services/training'): every action a jest.fn(). */
export function trainingMock() {
  return {
    createSession: jest.fn(),
    updateSession: jest.fn(),
    cancelSession: jest.fn(),
    listSessions: jest.fn(),
    listStationSessions: jest.fn(),
    getSession: jest.fn(),
    signUp: jest.fn(),
    cancelSignup: jest.fn(),
    listSignups: jest.fn(),
    addSignup: jest.fn(),
    exportSignups: jest.fn(),
    myTrainings: jest.fn(),
    talentPool: jest.fn(),
    exportTalentPool: jest.fn(),
  };
}
