/** The factory for jest.mock('../../src/services/directory'): every action a jest.fn(). */
export function directoryMock() {
  return {
    listStations: jest.fn(),
    getStation: jest.fn(),
    createStation: jest.fn(),
    updateStation: jest.fn(),
    saveServiceItem: jest.fn(),
    setServiceItemStatus: jest.fn(),
    listPlatforms: jest.fn(),
    listCourses: jest.fn(),
    listCatalogue: jest.fn(),
    getWorkCalendar: jest.fn(),
    setWorkCalendar: jest.fn(),
  };
}
