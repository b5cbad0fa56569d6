package org.confederatio.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Inside the test server: creates a throwaway login and answers its username and password. */
@WebServlet("/accounts")
public class ThrowawayAccountsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ThrowawayAccountCreator creator;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] login = creator.create();
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(login[0] + "\n" + login[1]);
  }
}
