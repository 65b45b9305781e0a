import TestUtils from '@tarojs/test-utils-react';
import { Button } from '@nutui/nutui-react-taro';
import MePage from '../../src/pages/me/index';

/** Text of the page body, whitespace collapsed (Taro components render as web components). */
function bodyText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('placeholder pages', () => {
  let testUtils: TestUtils;

  beforeEach(() => {
    testUtils = new TestUtils();
  });

  afterEach(() => {
    testUtils.unmout();
    document.body.innerHTML = '';
  });

  it('renders the 我的 page with its Chinese title through NutUI', async () => {
    await testUtils.mount(MePage);

    const cell = document.querySelector('.nut-cell');
    expect(cell).not.toBeNull();
    expect(cell?.textContent).toContain('我的');
    expect(bodyText()).toContain('账号、企业与邀请码');
    expect(document.querySelector('.nut-button')?.textContent).toContain('登录 / 注册');
  });

  it('the 我的 page reacts to a tap on its NutUI Button', async () => {
    await testUtils.mount(MePage);
    expect(bodyText()).not.toContain('已点击');

    const button = document.querySelector('.nut-button');
    expect(button).not.toBeNull();
    testUtils.fireEvent.click(button as Element);

    await testUtils.queries.waitForQueryByText('已点击 1 次');
    expect(bodyText()).toContain('已点击 1 次');
  });

  it('a NutUI Button calls its onClick handler', async () => {
    const onClick = jest.fn();
    function Probe() {
      return (
        <Button type="primary" onClick={onClick}>
          提交
        </Button>
      );
    }
    await testUtils.mount(Probe);

    const button = document.querySelector('.nut-button');
    expect(button?.textContent).toContain('提交');
    testUtils.fireEvent.click(button as Element);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
